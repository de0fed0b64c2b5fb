import type { storageStrings as english } from '../../en/storage.js';

/** Hungarian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Saját',
  thirdParty: 'Harmadik fél',
  session: 'A böngésző bezárásáig',
  unspecified: 'A tájékoztató nem adja meg',
  name: 'Név',
  purpose: 'Cél',
  duration: 'Időtartam',
  provider: 'Elhelyezi',
  necessaryCategory: 'Feltétlenül szükséges',
  choiceCookie: 'Megjegyzi az Ön adatvédelmi döntéseit',
  durations: {
    lang: 'hu',
    years: { other: '# év' },
    months: { other: '# hónap' },
    weeks: { other: '# hét' },
    days: { other: '# nap' },
    hours: { other: '# óra' },
    minutes: { other: '# perc' },
    seconds: { other: '# másodperc' },
  },
  kinds: {
    localStorage: 'helyi tárhely',
    sessionStorage: 'munkamenet-tárhely',
    indexedDB: 'IndexedDB',
    pixel: 'követőpixel',
    other: 'egyéb tárolás',
  },
};
