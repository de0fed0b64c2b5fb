import type { preferencesStrings as english } from '../../en/preferences.js';

/** Danish UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Privatlivsindstillinger',
  save: 'Gem valg',
  alwaysOn: 'Altid aktiv',
  embedHeld: (provider: string, purpose: string) =>
    `Dette indhold kommer fra ${provider}. Hvis du indlæser det, kan ${provider} placere cookies til ${purpose}.`,
  embedLoadOnce: 'Indlæs denne ene gang',
  embedAlwaysAllow: (category: string) => `Tillad altid ${category}`,
  signalConflict:
    'Din browser sender et privatlivssignal, der fravælger salg og deling. Vi respekterer det, så disse kategorier forbliver slået fra, så længe signalet er slået til.',
};
