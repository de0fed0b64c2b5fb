import type { preferencesStrings as english } from '../../en/preferences.js';

/** German UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Datenschutzeinstellungen',
  save: 'Auswahl speichern',
  alwaysOn: 'Immer aktiv',
  embedHeld: (provider: string, purpose: string) =>
    `Dieser Inhalt stammt von ${provider}. Wenn Sie ihn laden, kann ${provider} Cookies für folgenden Zweck setzen: ${purpose}.`,
  embedLoadOnce: 'Einmal laden',
  embedAlwaysAllow: (category: string) => `${category} immer erlauben`,
  signalConflict:
    'Ihr Browser sendet ein Datenschutzsignal, das dem Verkauf und der Weitergabe widerspricht. Wir beachten es, daher bleiben diese Kategorien ausgeschaltet, solange es aktiv ist.',
};
