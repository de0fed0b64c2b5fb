import type { bannerStrings as english } from '../../en/banner.js';

/** Turkish UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Bu sitedeki çerezler',
  noticeText:
    'Bu site yalnızca çalışması için kesinlikle gerekli olan çerezleri ve depolamayı kullanır. Bunlar için onay gerekmez; bu nedenle kabul edilecek veya reddedilecek bir şey yoktur.',
  cookieDetails: 'Çerez ayrıntıları',
  acknowledge: 'Tamam',
  promptTitle: 'Gizlilik seçimleriniz',
  promptText:
    'Bu siteyi çalıştırmak için kesinlikle gerekli çerezleri kullanırız. Siz seçim yapana kadar isteğe bağlı hiçbir şey kullanılmaz ve fikrinizi istediğiniz zaman değiştirebilirsiniz.',
  promptPurposes: (purposes: string) => `İzin verirseniz çerezleri şu amaçlarla da kullanırız: ${purposes}.`,
  promptRecipients: (recipients: string) => `Bu çerezlerden elde edilen veriler şu alıcılara gider: ${recipients}.`,
  promptMore: 'Tüm çerezleri ve verileri kimlerin aldığını görün',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  preferencesTitle: 'Gizlilik tercihleri',
  save: 'Seçimleri kaydet',
  alwaysOn: 'Her zaman açık',
  reopen: 'Gizlilik seçimleri',
  storageUnavailable: 'Tarayıcınız çerezleri engelliyor; bu nedenle bu seçim yalnızca bu sayfa için geçerlidir.',
  embedHeld: (provider: string, purpose: string) =>
    `Bu içerik ${provider} hizmetinden gelir. Yüklerseniz ${provider} hizmeti şu amaçla çerez yerleştirebilir: ${purpose}.`,
  embedLoadOnce: 'Yalnızca bu kez yükle',
  embedAlwaysAllow: (category: string) => `Her zaman izin ver: ${category}`,
  signalConflict:
    'Tarayıcınız, satış ve paylaşımı reddeden bir gizlilik sinyali gönderiyor. Bu sinyale uyuyoruz; bu nedenle sinyal açık olduğu sürece bu kategoriler kapalı kalır.',
};
