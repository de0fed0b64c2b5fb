import type { preferencesStrings as english } from '../../en/preferences.js';

/** Maltese UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferenzi tal-privatezza',
  save: 'Aħżen l-għażliet',
  alwaysOn: 'Dejjem attivi',
  embedHeld: (provider: string, purpose: string) =>
    `Dan il-kontenut ġej minn ${provider}. Jekk tgħabbih, ${provider} ikun jista’ jpoġġi cookies għal: ${purpose}.`,
  embedLoadOnce: 'Għabbi dan darba biss',
  embedAlwaysAllow: (category: string) => `Dejjem ippermetti: ${category}`,
  signalConflict:
    'Il-browser tiegħek jibgħat sinjal ta’ privatezza li jirrifjuta l-bejgħ u l-qsim. Aħna nirrispettawh, għalhekk dawn il-kategoriji jibqgħu mitfija sakemm is-sinjal ikun mixgħul.',
};
