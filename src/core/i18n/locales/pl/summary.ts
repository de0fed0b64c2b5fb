import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

// „poniżej“ takes the genitive: 1 roku, 2 i 21 lat; CLDR's `other` is for fractions (1,5 roku).
const years = (age: number) => `${age} ${plural('pl', age, { one: 'roku', few: 'lat', many: 'lat', other: 'roku' })}`;

/** Polish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Prywatność w skrócie',
  effective: (date: string, version: string, updated?: string) =>
    `Obowiązuje od ${date}, wersja ${version}${updated ? `. Ostatnia aktualizacja: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Ostatnia aktualizacja: ${date}, wersja ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `temat wiadomości: „${subject}”`,
  optional: 'opcjonalne',
  sensitive: 'wrażliwe',
  sources: { provided: 'podane przez Ciebie', automatic: 'zbierane automatycznie', 'third-party': 'od stron trzecich' },
  dpa: 'Związany umową powierzenia przetwarzania danych',
  labelCollected: 'Co zbieramy',
  labelPurposes: 'W jakim celu',
  labelShared: 'Sprzedaż lub udostępnianie',
  labelKept: 'Jak długo',
  notSold: 'Nigdy nie są sprzedawane ani udostępniane',
  sold: 'Tak – zobacz, kto je otrzymuje',
  type: 'Dane',
  storage: 'Przechowywanie i ochrona',
  legalBasis: 'Podstawa prawna',
  recipient: 'Odbiorca',
  location: 'Lokalizacja',
  howLong: 'Okres przechowywania',
  after: (period: string, event: string) => `${period} po zdarzeniu: ${event}`,
  until: (event: string) => `Do zdarzenia: ${event}`,
  indefinite: 'Bezterminowo',
  minimumAge: (age: number) => `Nie dla dzieci poniżej ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: poniżej ${years(age)}.`,
  breachWithin: (window: string) =>
    `O naruszeniach, które Cię dotyczą, informujemy w terminie nie dłuższym niż ${window}.`,
  noticeBefore: (period: string) => `Istotne zmiany ogłaszamy co najmniej ${period} przed ich wprowadzeniem.`,
  answerWithin: (period: string) => `Odpowiadamy w terminie nie dłuższym niż ${period}.`,
  how: 'Sposób',
  extension: (period: string) => `Termin ten można przedłużyć o ${period}.`,
  requestOnline: 'Formularz wniosku w tej witrynie',
  dpo: 'Inspektor ochrony danych',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Sprzedajemy dane osobowe i udostępniamy je na potrzeby reklamy behawioralnej opartej na aktywności w różnych serwisach i aplikacjach.'
      : sells
        ? 'Sprzedajemy dane osobowe.'
        : shares
          ? 'Udostępniamy dane osobowe na potrzeby reklamy behawioralnej opartej na aktywności w różnych serwisach i aplikacjach.'
          : 'Nie sprzedajemy ani nie udostępniamy Twoich danych osobowych.') as typeof english.sale,
  usedFor: (uses: string) => `Wykorzystywane do: ${uses}`,
  uses: {
    sale: 'sprzedaż danych osobowych',
    sharing: 'udostępnianie na potrzeby reklamy behawioralnej opartej na aktywności w różnych serwisach i aplikacjach',
    'targeted-advertising': 'reklama ukierunkowana',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Uwzględniany',
  honouredNo: 'Nieuwzględniany',
  roles: {
    processor: 'Podmiot przetwarzający',
    controller: 'Niezależny administrator',
    'third-party': 'Strona trzecia',
    'user-chosen': 'Wybrany przez Ciebie',
  },
  sections: {
    about: 'Kim jesteśmy',
    collected: 'Dane, które zbieramy',
    notCollected: 'Dane, których nie zbieramy',
    purposes: 'Do czego je wykorzystujemy',
    storage: 'Gdzie są przechowywane',
    recipients: 'Kto je otrzymuje',
    retention: 'Jak długo je przechowujemy',
    cookies: 'Pliki cookie i pamięć przeglądarki',
    security: 'Bezpieczeństwo',
    transfers: 'Przekazywanie danych za granicę',
    signals: 'Sygnały prywatności',
    children: 'Dzieci',
    changes: 'Zmiany i naruszenia',
    rights: 'Twoje prawa',
    contact: 'Kontakt',
    commitments: 'Czego nigdy nie robimy',
    notes: 'Więcej',
  },
  legalBases: {
    consent: 'Twoja zgoda',
    contract: 'Niezbędne do wykonania umowy z Tobą',
    'legal-obligation': 'Wymagane przez prawo',
    'vital-interests': 'Ochrona czyjegoś życia',
    'public-task': 'Zadanie realizowane w interesie publicznym',
    'legitimate-interests': 'Nasze prawnie uzasadnione interesy',
  },
};
