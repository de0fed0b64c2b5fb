import type { preferencesStrings as english } from '../../en/preferences.js';

/** Croatian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Postavke privatnosti',
  save: 'Spremi odabir',
  alwaysOn: 'Uvijek uključeno',
  embedHeld: (provider: string, purpose: string) =>
    `Ovaj sadržaj dolazi od pružatelja ${provider}. Ako ga učitate, pružatelj ${provider} moći će postavljati kolačiće u ove svrhe: ${purpose}.`,
  embedLoadOnce: 'Učitaj samo ovaj put',
  embedAlwaysAllow: (category: string) => `Uvijek dopusti: ${category}`,
  signalConflict:
    'Vaš preglednik šalje signal privatnosti kojim se odbija prodaja i dijeljenje. Poštujemo ga, pa ove kategorije ostaju isključene dok je signal uključen.',
};
