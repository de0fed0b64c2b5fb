import type { storageStrings as english } from '../../en/storage.js';

/** Latvian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Pirmā puse',
  thirdParty: 'Trešā puse',
  session: 'Līdz pārlūkprogrammas aizvēršanai',
  unspecified: 'Politikā nav norādīts',
  name: 'Nosaukums',
  purpose: 'Nolūks',
  duration: 'Ilgums',
  provider: 'Iestatītājs',
  necessaryCategory: 'Obligāti nepieciešamās',
  choiceCookie: 'Atceras jūsu privātuma izvēles',
  durations: {
    lang: 'lv',
    years: { zero: '# gadu', one: '# gads', other: '# gadi' },
    months: { zero: '# mēnešu', one: '# mēnesis', other: '# mēneši' },
    weeks: { zero: '# nedēļu', one: '# nedēļa', other: '# nedēļas' },
    days: { zero: '# dienu', one: '# diena', other: '# dienas' },
    hours: { zero: '# stundu', one: '# stunda', other: '# stundas' },
    minutes: { zero: '# minūšu', one: '# minūte', other: '# minūtes' },
    seconds: { zero: '# sekunžu', one: '# sekunde', other: '# sekundes' },
  },
  kinds: {
    localStorage: 'lokālā krātuve',
    sessionStorage: 'sesijas krātuve',
    indexedDB: 'IndexedDB',
    pixel: 'izsekošanas pikselis',
    other: 'cita krātuve',
  } as Record<string, string>,
};
