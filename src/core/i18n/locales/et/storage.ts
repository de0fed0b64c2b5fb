import type { storageStrings as english } from '../../en/storage.js';

/** Estonian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Esimene osapool',
  thirdParty: 'Kolmas osapool',
  session: 'Kuni sulgete brauseri',
  unspecified: 'Poliitikas märkimata',
  name: 'Nimi',
  purpose: 'Eesmärk',
  duration: 'Kestus',
  provider: 'Seadja',
  necessaryCategory: 'Hädavajalikud',
  choiceCookie: 'Jätab meelde teie privaatsusvalikud',
  durations: {
    lang: 'et',
    years: { one: '# aasta', other: '# aastat' },
    months: { one: '# kuu', other: '# kuud' },
    weeks: { one: '# nädal', other: '# nädalat' },
    days: { one: '# ööpäev', other: '# ööpäeva' },
    hours: { one: '# tund', other: '# tundi' },
    minutes: { one: '# minut', other: '# minutit' },
    seconds: { one: '# sekund', other: '# sekundit' },
  },
  kinds: {
    localStorage: 'kohalik salvestusruum',
    sessionStorage: 'seansi salvestusruum',
    indexedDB: 'IndexedDB',
    pixel: 'jälituspiksel',
    other: 'muu salvestusruum',
  } as Record<string, string>,
};
