import type { storageStrings as english } from '../../en/storage.js';

/** Danish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Førstepart',
  thirdParty: 'Tredjepart',
  session: 'Indtil du lukker browseren',
  unspecified: 'Ikke angivet i politikken',
  name: 'Navn',
  purpose: 'Formål',
  duration: 'Varighed',
  provider: 'Placeret af',
  necessaryCategory: 'Strengt nødvendige',
  choiceCookie: 'Husker dine privatlivsvalg',
  durations: {
    lang: 'da',
    years: { other: '# år' },
    months: { one: '# måned', other: '# måneder' },
    weeks: { one: '# uge', other: '# uger' },
    days: { one: '# dag', other: '# dage' },
    hours: { one: '# time', other: '# timer' },
    minutes: { one: '# minut', other: '# minutter' },
    seconds: { one: '# sekund', other: '# sekunder' },
  },
  kinds: {
    localStorage: 'lokal lagring',
    sessionStorage: 'sessionslagring',
    indexedDB: 'IndexedDB',
    pixel: 'sporingspixel',
    other: 'anden lagring',
  } as Record<string, string>,
};
