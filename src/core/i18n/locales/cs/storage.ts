import type { storageStrings as english } from '../../en/storage.js';

/** Czech UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'První strana',
  thirdParty: 'Třetí strana',
  session: 'Do zavření prohlížeče',
  unspecified: 'V zásadách neuvedeno',
  name: 'Název',
  purpose: 'Účel',
  duration: 'Doba platnosti',
  provider: 'Poskytovatel',
  necessaryCategory: 'Nezbytně nutné',
  choiceCookie: 'Pamatuje si vaše volby soukromí',
  kinds: {
    localStorage: 'místní úložiště',
    sessionStorage: 'úložiště relace',
    indexedDB: 'IndexedDB',
    pixel: 'sledovací pixel',
    other: 'jiné úložiště',
  },
};
