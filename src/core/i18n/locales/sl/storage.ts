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
  kinds: {
    localStorage: 'lokalna shramba',
    sessionStorage: 'shramba seje',
    indexedDB: 'IndexedDB',
    pixel: 'sledilni piksel',
    other: 'druga shramba',
  },
};
