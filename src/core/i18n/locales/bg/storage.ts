import type { storageStrings as english } from '../../en/storage.js';

/** Bulgarian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Първа страна',
  thirdParty: 'Трета страна',
  session: 'До затваряне на браузъра',
  unspecified: 'Не е посочено в политиката',
  name: 'Име',
  purpose: 'Цел',
  duration: 'Срок',
  provider: 'Доставчик',
  necessaryCategory: 'Строго необходими',
  choiceCookie: 'Запомня избора ви за поверителност',
  durations: {
    lang: 'bg',
    years: { one: '# година', other: '# години' },
    months: { one: '# месец', other: '# месеца' },
    weeks: { one: '# седмица', other: '# седмици' },
    days: { one: '# ден', other: '# дни' },
    hours: { one: '# час', other: '# часа' },
    minutes: { one: '# минута', other: '# минути' },
    seconds: { one: '# секунда', other: '# секунди' },
  },
  kinds: {
    localStorage: 'локално хранилище',
    sessionStorage: 'хранилище на сесията',
    indexedDB: 'IndexedDB',
    pixel: 'пиксел за проследяване',
    other: 'друго хранилище',
  },
};
