import type { storageStrings as english } from '../../en/storage.js';

/** Slovenian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Prva oseba',
  thirdParty: 'Tretja oseba',
  session: 'Do zaprtja brskalnika',
  unspecified: 'V politiki ni navedeno',
  name: 'Ime',
  purpose: 'Namen',
  duration: 'Trajanje',
  provider: 'Ponudnik',
  necessaryCategory: 'Nujno potrebni',
  choiceCookie: 'Zapomni si vaše izbire glede zasebnosti',
  durations: {
    lang: 'sl',
    years: { one: '# leto', two: '# leti', other: '# let' },
    months: { one: '# mesec', two: '# meseca', few: '# meseci', other: '# mesecev' },
    weeks: { one: '# teden', two: '# tedna', few: '# tedni', other: '# tednov' },
    days: { one: '# dan', two: '# dneva', other: '# dni' },
    hours: { one: '# ura', two: '# uri', few: '# ure', other: '# ur' },
    minutes: { one: '# minuta', two: '# minuti', few: '# minute', other: '# minut' },
    seconds: { one: '# sekunda', two: '# sekundi', few: '# sekunde', other: '# sekund' },
  },
  kinds: {
    localStorage: 'lokalna shramba',
    sessionStorage: 'shramba seje',
    indexedDB: 'IndexedDB',
    pixel: 'sledilni piksel',
    other: 'druga shramba',
  },
};
