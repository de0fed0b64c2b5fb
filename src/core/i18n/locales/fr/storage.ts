import type { storageStrings as english } from '../../en/storage.js';

/** French UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Propriétaire',
  thirdParty: 'Tiers',
  session: 'Jusqu’à la fermeture du navigateur',
  unspecified: 'Non précisé dans la politique',
  name: 'Nom',
  purpose: 'Finalité',
  duration: 'Durée',
  provider: 'Déposé par',
  necessaryCategory: 'Strictement nécessaire',
  choiceCookie: 'Mémorise vos choix de confidentialité',
  kinds: {
    localStorage: 'stockage local',
    sessionStorage: 'stockage de session',
    indexedDB: 'IndexedDB',
    pixel: 'pixel de suivi',
    other: 'autre stockage',
  } as Record<string, string>,
};
