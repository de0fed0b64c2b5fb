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
  kinds: {
    localStorage: 'lokalna pohrana',
    sessionStorage: 'pohrana sesije',
    indexedDB: 'IndexedDB',
    pixel: 'piksel za praćenje',
    other: 'druga pohrana',
  },
};
