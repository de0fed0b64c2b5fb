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
  durations: {
    lang: 'it',
    years: { one: '# anno', other: '# anni' },
    months: { one: '# mese', other: '# mesi' },
    weeks: { one: '# settimana', other: '# settimane' },
    days: { one: '# giorno', other: '# giorni' },
    hours: { one: '# ora', other: '# ore' },
    minutes: { one: '# minuto', other: '# minuti' },
    seconds: { one: '# secondo', other: '# secondi' },
  },
  kinds: {
    localStorage: 'archiviazione locale',
    sessionStorage: 'archiviazione di sessione',
    indexedDB: 'IndexedDB',
    pixel: 'pixel di tracciamento',
    other: 'altra archiviazione',
  } as Record<string, string>,
};
