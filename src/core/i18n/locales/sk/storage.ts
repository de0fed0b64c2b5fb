import type { storageStrings as english } from '../../en/storage.js';

/** Slovak UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Prvá strana',
  thirdParty: 'Tretia strana',
  session: 'Do zatvorenia prehliadača',
  unspecified: 'V zásadách neuvedené',
  name: 'Názov',
  purpose: 'Účel',
  duration: 'Platnosť',
  provider: 'Poskytovateľ',
  necessaryCategory: 'Nevyhnutne potrebné',
  choiceCookie: 'Pamätá si vaše voľby súkromia',
  durations: {
    lang: 'sk',
    years: { one: '# rok', few: '# roky', other: '# rokov' },
    months: { one: '# mesiac', few: '# mesiace', other: '# mesiacov' },
    weeks: { one: '# týždeň', few: '# týždne', other: '# týždňov' },
    days: { one: '# deň', few: '# dni', other: '# dní' },
    hours: { one: '# hodina', few: '# hodiny', other: '# hodín' },
    minutes: { one: '# minúta', few: '# minúty', other: '# minút' },
    seconds: { one: '# sekunda', few: '# sekundy', other: '# sekúnd' },
  },
  kinds: {
    localStorage: 'lokálne úložisko',
    sessionStorage: 'úložisko relácie',
    indexedDB: 'IndexedDB',
    pixel: 'sledovací pixel',
    other: 'iné úložisko',
  },
};
