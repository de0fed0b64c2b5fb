import type { bannerStrings as english } from '../../en/banner.js';

/** Polish UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Pliki cookie w tej witrynie',
  noticeText:
    'Ta witryna używa wyłącznie plików cookie i pamięci przeglądarki, które są ściśle niezbędne do jej działania. Nie wymagają one zgody, więc nie ma tu niczego do zaakceptowania ani odrzucenia.',
  cookieDetails: 'Szczegóły plików cookie',
  acknowledge: 'Rozumiem',
  promptTitle: 'Twoje ustawienia prywatności',
  promptText:
    'Używamy ściśle niezbędnych plików cookie, aby ta witryna mogła działać. Niczego opcjonalnego nie używamy, dopóki nie dokonasz wyboru, a swoją decyzję możesz zmienić w dowolnym momencie.',
  promptPurposes: (purposes: string) =>
    `Za Twoją zgodą używalibyśmy plików cookie także do następujących celów: ${purposes}.`,
  promptRecipients: (recipients: string) => `Dane z nich trafiałyby do następujących odbiorców: ${recipients}.`,
  promptMore: 'Zobacz wszystkie pliki cookie i odbiorców danych',
  acceptAll: 'Zaakceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  preferencesTitle: 'Preferencje prywatności',
  save: 'Zapisz wybór',
  alwaysOn: 'Zawsze włączone',
  reopen: 'Ustawienia prywatności',
  storageUnavailable: 'Twoja przeglądarka blokuje pliki cookie, więc ten wybór obowiązuje tylko na tej stronie.',
  embedHeld: (provider: string, purpose: string) =>
    `Ta treść pochodzi z serwisu ${provider}. Jej wczytanie pozwoli serwisowi ${provider} zapisywać pliki cookie do celów: ${purpose}.`,
  embedLoadOnce: 'Wczytaj tylko tym razem',
  embedAlwaysAllow: (category: string) => `Zawsze zezwalaj: ${category}`,
  signalConflict:
    'Twoja przeglądarka wysyła sygnał prywatności oznaczający rezygnację ze sprzedaży i udostępniania danych. Uwzględniamy go, więc te kategorie pozostają wyłączone, dopóki sygnał jest włączony.',
};
