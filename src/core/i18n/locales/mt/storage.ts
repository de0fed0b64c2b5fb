import type { storageStrings as english } from '../../en/storage.js';

/** Maltese UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'L-ewwel parti',
  thirdParty: 'Parti terza',
  session: 'Sakemm tagħlaq il-browser',
  unspecified: 'Mhux iddikjarat fil-politika',
  name: 'Isem',
  purpose: 'Skop',
  duration: 'Tul ta’ żmien',
  provider: 'Imqiegħed minn',
  necessaryCategory: 'Strettament meħtieġa',
  choiceCookie: 'Jiftakar l-għażliet tal-privatezza tiegħek',
  durations: {
    lang: 'mt',
    years: { other: '# y' },
    months: { other: '# m' },
    weeks: { other: '# w' },
    days: { other: '# d' },
    hours: { other: '# h' },
    minutes: { other: '# min' },
    seconds: { other: '# s' },
  },
  kinds: {
    localStorage: 'ħażna lokali',
    sessionStorage: 'ħażna tas-sessjoni',
    indexedDB: 'IndexedDB',
    pixel: 'pixel tat-traċċar',
    other: 'ħażna oħra',
  },
};
