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
  durations: {
    lang: 'fr',
    years: { one: '#\u00a0an', other: '# ans' },
    months: { other: '#\u00a0mois' },
    weeks: { one: '#\u00a0semaine', other: '#\u00a0semaines' },
    days: { one: '#\u00a0jour', other: '#\u00a0jours' },
    hours: { one: '#\u00a0heure', other: '#\u00a0heures' },
    minutes: { one: '# minute', other: '# minutes' },
    seconds: { one: '#\u00a0seconde', other: '#\u00a0secondes' },
  },
  kinds: {
    localStorage: 'stockage local',
    sessionStorage: 'stockage de session',
    indexedDB: 'IndexedDB',
    pixel: 'pixel de suivi',
    other: 'autre stockage',
  } as Record<string, string>,
};
