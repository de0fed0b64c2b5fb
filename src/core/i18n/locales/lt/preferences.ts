import type { preferencesStrings as english } from '../../en/preferences.js';

/** Lithuanian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Privatumo nustatymai',
  save: 'Išsaugoti pasirinkimus',
  alwaysOn: 'Visada įjungta',
  embedHeld: (provider: string, purpose: string) =>
    `Šį turinį teikia ${provider}. Jį įkėlus, ${provider} galės nustatyti slapukus šiuo tikslu: ${purpose}.`,
  embedLoadOnce: 'Įkelti tik šį kartą',
  embedAlwaysAllow: (category: string) => `Visada leisti: ${category}`,
  signalConflict:
    'Jūsų naršyklė siunčia privatumo signalą, kuriuo atsisakoma pardavimo ir dalijimosi. Mes jo paisome, todėl šios kategorijos lieka išjungtos, kol signalas įjungtas.',
};
