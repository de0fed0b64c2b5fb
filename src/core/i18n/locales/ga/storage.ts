import type { storageStrings as english } from '../../en/storage.js';

/** Irish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Céadpháirtí',
  thirdParty: 'Tríú páirtí',
  session: 'Go dtí go ndúnann tú an brabhsálaí',
  unspecified: 'Níl sé luaite sa pholasaí',
  name: 'Ainm',
  purpose: 'Cuspóir',
  duration: 'Fad',
  provider: 'Socraithe ag',
  necessaryCategory: 'Fíor-riachtanach',
  choiceCookie: 'Cuimhníonn sé ar do roghanna príobháideachais',
  durations: {
    lang: 'ga',
    years: { one: '# bhliain', two: '# bhl', many: '# mbl', other: '# bl' },
    months: { one: '# mhí', two: '# mhí', few: '# mhí', other: '# mí' },
    weeks: { other: '# scht' },
    days: { other: '# lá' },
    hours: { other: '# u' },
    minutes: { other: '# nóim' },
    seconds: { two: '# shoic', few: '# shoic', other: '# soic' },
  },
  kinds: {
    localStorage: 'stóráil áitiúil',
    sessionStorage: 'stóráil seisiúin',
    indexedDB: 'IndexedDB',
    pixel: 'picteilín rianaithe',
    other: 'stóráil eile',
  } as Record<string, string>,
};
