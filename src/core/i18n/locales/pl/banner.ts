import type { bannerStrings as english } from '../../en/banner.js';

/** Polish UI strings: the cookie banner’s first layer. */
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
  reopen: 'Ustawienia prywatności',
  storageUnavailable: 'Twoja przeglądarka blokuje pliki cookie, więc ten wybór obowiązuje tylko na tej stronie.',
};
