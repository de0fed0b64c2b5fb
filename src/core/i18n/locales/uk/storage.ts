import type { storageStrings as english } from '../../en/storage.js';

/** Ukrainian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Цей сайт',
  thirdParty: 'Третя сторона',
  session: 'До закриття браузера',
  unspecified: 'У політиці не зазначено',
  name: 'Назва',
  purpose: 'Мета',
  duration: 'Термін дії',
  provider: 'Ким встановлено',
  necessaryCategory: 'Суворо необхідні',
  choiceCookie: 'Запам’ятовує ваш вибір щодо конфіденційності',
  durations: {
    lang: 'uk',
    years: { one: '# рік', few: '# роки', other: '# років' },
    months: { one: '# місяць', few: '# місяці', other: '# місяців' },
    weeks: { one: '# тиждень', few: '# тижні', other: '# тижнів' },
    days: { one: '# день', few: '# дні', other: '# днів' },
    hours: { one: '# година', few: '# години', other: '# годин' },
    minutes: { one: '# хвилина', few: '# хвилини', other: '# хвилин' },
    seconds: { one: '# секунда', few: '# секунди', other: '# секунд' },
  },
  kinds: {
    localStorage: 'локальне сховище',
    sessionStorage: 'сховище сеансу',
    indexedDB: 'IndexedDB',
    pixel: 'піксель',
    other: 'інше сховище',
  },
};
