import type { preferencesStrings as english } from '../../en/preferences.js';

/** Dutch UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Privacyvoorkeuren',
  save: 'Keuzes opslaan',
  alwaysOn: 'Altijd aan',
  embedHeld: (provider: string, purpose: string) =>
    `Deze inhoud komt van ${provider}. Als u deze laadt, kan ${provider} cookies plaatsen voor: ${purpose}.`,
  embedLoadOnce: 'Eenmalig laden',
  embedAlwaysAllow: (category: string) => `${category} altijd toestaan`,
  signalConflict:
    'Uw browser verstuurt een privacysignaal dat bezwaar maakt tegen verkoop en delen. Wij respecteren dat, dus deze categorieën blijven uit zolang het signaal aan staat.',
};
