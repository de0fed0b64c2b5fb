import type { storageStrings as english } from '../../en/storage.js';

/** Romanian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Prima parte',
  thirdParty: 'Terță parte',
  session: 'Până la închiderea browserului',
  unspecified: 'Nu este precizat în politică',
  name: 'Nume',
  purpose: 'Scop',
  duration: 'Durată',
  provider: 'Plasat de',
  necessaryCategory: 'Strict necesare',
  choiceCookie: 'Reține opțiunile dumneavoastră de confidențialitate',
  kinds: {
    localStorage: 'stocare locală',
    sessionStorage: 'stocare de sesiune',
    indexedDB: 'IndexedDB',
    pixel: 'pixel de urmărire',
    other: 'altă stocare',
  },
};
