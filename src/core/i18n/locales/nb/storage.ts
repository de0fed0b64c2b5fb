import type { storageStrings as english } from '../../en/storage.js';

/** Norwegian Bokmål UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Førstepart',
  thirdParty: 'Tredjepart',
  session: 'Til du lukker nettleseren',
  unspecified: 'Ikke oppgitt i erklæringen',
  name: 'Navn',
  purpose: 'Formål',
  duration: 'Varighet',
  provider: 'Satt av',
  necessaryCategory: 'Strengt nødvendige',
  choiceCookie: 'Husker personvernvalgene dine',
  durations: {
    lang: 'nb',
    years: { other: '# år' },
    months: { one: '# måned', other: '# måneder' },
    weeks: { one: '# uke', other: '# uker' },
    days: { other: '# døgn' },
    hours: { one: '# time', other: '# timer' },
    minutes: { one: '# minutt', other: '# minutter' },
    seconds: { one: '# sekund', other: '# sekunder' },
  },
  kinds: {
    localStorage: 'lokal lagring',
    sessionStorage: 'øktlagring',
    indexedDB: 'IndexedDB',
    pixel: 'sporingspiksel',
    other: 'annen lagring',
  } as Record<string, string>,
};
