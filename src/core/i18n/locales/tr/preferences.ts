import type { preferencesStrings as english } from '../../en/preferences.js';

/** Turkish UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Gizlilik tercihleri',
  save: 'Seçimleri kaydet',
  alwaysOn: 'Her zaman açık',
  embedHeld: (provider: string, purpose: string) =>
    `Bu içerik ${provider} hizmetinden gelir. Yüklerseniz ${provider} hizmeti şu amaçla çerez yerleştirebilir: ${purpose}.`,
  embedLoadOnce: 'Yalnızca bu kez yükle',
  embedAlwaysAllow: (category: string) => `Her zaman izin ver: ${category}`,
  signalConflict:
    'Tarayıcınız, satış ve paylaşımı reddeden bir gizlilik sinyali gönderiyor. Bu sinyale uyuyoruz; bu nedenle sinyal açık olduğu sürece bu kategoriler kapalı kalır.',
};
