import type { preferencesStrings as english } from '../../en/preferences.js';

/** Norwegian Bokmål UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Personverninnstillinger',
  save: 'Lagre valg',
  alwaysOn: 'Alltid på',
  embedHeld: (provider: string, purpose: string) =>
    `Dette innholdet kommer fra ${provider}. Hvis du laster det inn, kan ${provider} sette informasjonskapsler for ${purpose}.`,
  embedLoadOnce: 'Last inn denne gangen',
  embedAlwaysAllow: (category: string) => `Tillat alltid ${category}`,
  signalConflict:
    'Nettleseren din sender et personvernsignal som reserverer seg mot salg og deling. Vi respekterer det, så disse kategoriene forblir slått av så lenge signalet er på.',
};
