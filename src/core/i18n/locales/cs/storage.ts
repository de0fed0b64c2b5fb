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
  durations: {
    lang: 'cs',
    years: { one: '# rok', few: '# roky', other: '# let' },
    months: { one: '# měsíc', few: '# měsíce', other: '# měsíců' },
    weeks: { one: '# týden', few: '# týdny', other: '# týdnů' },
    days: { one: '# den', few: '# dny', other: '# dnů' },
    hours: { one: '# hodina', few: '# hodiny', other: '# hodin' },
    minutes: { one: '# minuta', few: '# minuty', other: '# minut' },
    seconds: { one: '# sekunda', few: '# sekundy', other: '# sekund' },
  },
  kinds: {
    localStorage: 'místní úložiště',
    sessionStorage: 'úložiště relace',
    indexedDB: 'IndexedDB',
    pixel: 'sledovací pixel',
    other: 'jiné úložiště',
  },
};
