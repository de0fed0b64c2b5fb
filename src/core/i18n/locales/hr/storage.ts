import type { storageStrings as english } from '../../en/storage.js';

/** Croatian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Prva strana',
  thirdParty: 'Treća strana',
  session: 'Do zatvaranja preglednika',
  unspecified: 'Nije navedeno u politici',
  name: 'Naziv',
  purpose: 'Svrha',
  duration: 'Trajanje',
  provider: 'Pružatelj',
  necessaryCategory: 'Strogo nužni',
  choiceCookie: 'Pamti vaše odabire privatnosti',
  durations: {
    lang: 'hr',
    years: { few: '# godine', other: '# godina' },
    months: { one: '# mjesec', few: '# mjeseca', other: '# mjeseci' },
    weeks: { one: '# tjedan', few: '# tjedna', other: '# tjedana' },
    days: { one: '# dan', other: '# dana' },
    hours: { one: '# sat', few: '# sata', other: '# sati' },
    minutes: { few: '# minute', other: '# minuta' },
    seconds: { one: '# sekunda', few: '# sekunde', other: '# sekundi' },
  },
  kinds: {
    localStorage: 'lokalna pohrana',
    sessionStorage: 'pohrana sesije',
    indexedDB: 'IndexedDB',
    pixel: 'piksel za praćenje',
    other: 'druga pohrana',
  },
};
