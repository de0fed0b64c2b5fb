import type { storageStrings as english } from '../../en/storage.js';

/** Swedish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Förstapart',
  thirdParty: 'Tredjepart',
  session: 'Tills du stänger webbläsaren',
  unspecified: 'Anges inte i policyn',
  name: 'Namn',
  purpose: 'Syfte',
  duration: 'Lagringstid',
  provider: 'Sätts av',
  necessaryCategory: 'Strikt nödvändiga',
  choiceCookie: 'Kommer ihåg dina integritetsval',
  durations: {
    lang: 'sv',
    years: { other: '# år' },
    months: { one: '# månad', other: '# månader' },
    weeks: { one: '# vecka', other: '# veckor' },
    days: { other: '# dygn' },
    hours: { one: '# timme', other: '# timmar' },
    minutes: { one: '# minut', other: '# minuter' },
    seconds: { one: '# sekund', other: '# sekunder' },
  },
  kinds: {
    localStorage: 'lokal lagring',
    sessionStorage: 'sessionslagring',
    indexedDB: 'IndexedDB',
    pixel: 'spårningspixel',
    other: 'annan lagring',
  } as Record<string, string>,
};
