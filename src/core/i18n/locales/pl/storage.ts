import type { storageStrings as english } from '../../en/storage.js';

/** Polish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Ta witryna',
  thirdParty: 'Strona trzecia',
  session: 'Do zamknięcia przeglądarki',
  unspecified: 'Nie określono w polityce',
  name: 'Nazwa',
  purpose: 'Cel',
  duration: 'Czas trwania',
  provider: 'Dostawca',
  necessaryCategory: 'Ściśle niezbędne',
  choiceCookie: 'Zapamiętuje Twoje ustawienia prywatności',
  kinds: {
    localStorage: 'pamięć lokalna',
    sessionStorage: 'pamięć sesji',
    indexedDB: 'IndexedDB',
    pixel: 'piksel',
    other: 'inny rodzaj pamięci',
  },
};
