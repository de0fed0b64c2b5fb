import type { preferencesStrings as english } from '../../en/preferences.js';

/** Finnish UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Tietosuoja-asetukset',
  save: 'Tallenna valinnat',
  alwaysOn: 'Aina käytössä',
  embedHeld: (provider: string, purpose: string) =>
    `Tämä sisältö tulee palvelusta ${provider}. Jos lataat sen, ${provider} voi asettaa evästeitä seuraavaan tarkoitukseen: ${purpose}.`,
  embedLoadOnce: 'Lataa tämän kerran',
  embedAlwaysAllow: (category: string) => `Salli aina: ${category}`,
  signalConflict:
    'Selaimesi lähettää tietosuojasignaalin, joka kieltää myynnin ja jakamisen. Noudatamme sitä, joten nämä luokat pysyvät pois päältä niin kauan kuin signaali on päällä.',
};
