import type { storageStrings as english } from '../../en/storage.js';

/** Italian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Prima parte',
  thirdParty: 'Terza parte',
  session: 'Fino alla chiusura del browser',
  unspecified: 'Non indicata nell’informativa',
  name: 'Nome',
  purpose: 'Finalità',
  duration: 'Durata',
  provider: 'Impostato da',
  necessaryCategory: 'Strettamente necessari',
  choiceCookie: 'Memorizza le sue scelte sulla privacy',
  kinds: {
    localStorage: 'archiviazione locale',
    sessionStorage: 'archiviazione di sessione',
    indexedDB: 'IndexedDB',
    pixel: 'pixel di tracciamento',
    other: 'altra archiviazione',
  } as Record<string, string>,
};
