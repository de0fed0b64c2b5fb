import type { DurationWords } from '../time.js';

/** English UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings = {
  firstParty: 'First party',
  thirdParty: 'Third party',
  session: 'Until you close the browser',
  unspecified: 'Not stated in the policy',
  name: 'Name',
  purpose: 'Purpose',
  duration: 'Duration',
  provider: 'Set by',
  necessaryCategory: 'Strictly necessary',
  choiceCookie: 'Remembers your privacy choices',
  /** How lifetimes are written (see `formatDuration`). */
  durations: {
    lang: 'en',
    years: { one: '# year', other: '# years' },
    months: { one: '# month', other: '# months' },
    weeks: { one: '# week', other: '# weeks' },
    days: { one: '# day', other: '# days' },
    hours: { one: '# hour', other: '# hours' },
    minutes: { one: '# minute', other: '# minutes' },
    seconds: { one: '# second', other: '# seconds' },
  } as DurationWords,
  kinds: {
    localStorage: 'local storage',
    sessionStorage: 'session storage',
    indexedDB: 'IndexedDB',
    pixel: 'pixel',
    other: 'other storage',
  } as Record<string, string>,
};
