import type { preferencesStrings as english } from '../../en/preferences.js';

/** Polish UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferencje prywatności',
  save: 'Zapisz wybór',
  alwaysOn: 'Zawsze włączone',
  embedHeld: (provider: string, purpose: string) =>
    `Ta treść pochodzi z serwisu ${provider}. Jej wczytanie pozwoli serwisowi ${provider} zapisywać pliki cookie do celów: ${purpose}.`,
  embedLoadOnce: 'Wczytaj tylko tym razem',
  embedAlwaysAllow: (category: string) => `Zawsze zezwalaj: ${category}`,
  signalConflict:
    'Twoja przeglądarka wysyła sygnał prywatności oznaczający rezygnację ze sprzedaży i udostępniania danych. Uwzględniamy go, więc te kategorie pozostają wyłączone, dopóki sygnał jest włączony.',
};
