import type { storageStrings as english } from '../../en/storage.js';

/** Lithuanian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Pirmoji šalis',
  thirdParty: 'Trečioji šalis',
  session: 'Kol uždarysite naršyklę',
  unspecified: 'Politikoje nenurodyta',
  name: 'Pavadinimas',
  purpose: 'Paskirtis',
  duration: 'Galiojimo laikas',
  provider: 'Nustato',
  necessaryCategory: 'Būtinieji',
  choiceCookie: 'Įsimena jūsų privatumo pasirinkimus',
  durations: {
    lang: 'lt',
    years: { one: '# metai', few: '# metai', other: '# metų' },
    months: { one: '# mėnuo', few: '# mėnesiai', other: '# mėnesių' },
    weeks: { one: '# savaitė', few: '# savaitės', other: '# savaičių' },
    days: { one: '# diena', few: '# dienos', other: '# dienų' },
    hours: { one: '# valanda', few: '# valandos', other: '# valandų' },
    minutes: { one: '# minutė', few: '# minutės', other: '# minučių' },
    seconds: { one: '# sekundė', few: '# sekundės', other: '# sekundžių' },
  },
  kinds: {
    localStorage: 'vietinė saugykla',
    sessionStorage: 'seanso saugykla',
    indexedDB: 'IndexedDB',
    pixel: 'sekimo pikselis',
    other: 'kita saugykla',
  } as Record<string, string>,
};
