import type { preferencesStrings as english } from '../../en/preferences.js';

/** Swedish UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Integritetsinställningar',
  save: 'Spara val',
  alwaysOn: 'Alltid på',
  embedHeld: (provider: string, purpose: string) =>
    `Det här innehållet kommer från ${provider}. Om du läser in det kan ${provider} sätta kakor för ${purpose}.`,
  embedLoadOnce: 'Läs in den här gången',
  embedAlwaysAllow: (category: string) => `Tillåt alltid ${category}`,
  signalConflict:
    'Din webbläsare skickar en integritetssignal som väljer bort försäljning och delning. Vi respekterar den, så de här kategorierna förblir avstängda så länge signalen är på.',
};
