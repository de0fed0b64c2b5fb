import type { preferencesStrings as english } from '../../en/preferences.js';

/** Basque UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Pribatutasun-hobespenak',
  save: 'Gorde aukerak',
  alwaysOn: 'Beti aktibo',
  embedHeld: (provider: string, purpose: string) =>
    `Eduki hau ${provider} zerbitzutik dator. Kargatzen baduzu, ${provider} zerbitzuak cookieak ezarri ahal izango ditu helburu honetarako: ${purpose}.`,
  embedLoadOnce: 'Kargatu oraingoan bakarrik',
  embedAlwaysAllow: (category: string) => `Baimendu beti: ${category}`,
  signalConflict:
    'Zure nabigatzaileak salmenta eta partekatzea baztertzen dituen pribatutasun-seinale bat bidaltzen du. Errespetatu egiten dugu; beraz, kategoria hauek desaktibatuta geratzen dira seinalea aktibo dagoen bitartean.',
};
