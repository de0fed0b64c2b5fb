import type { storageStrings as english } from '../../en/storage.js';

/** Russian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Этот сайт',
  thirdParty: 'Третья сторона',
  session: 'До закрытия браузера',
  unspecified: 'Не указано в политике',
  name: 'Название',
  purpose: 'Цель',
  duration: 'Срок действия',
  provider: 'Кем установлен',
  necessaryCategory: 'Строго необходимые',
  choiceCookie: 'Запоминает ваш выбор настроек конфиденциальности',
  durations: {
    lang: 'ru',
    years: { one: '# год', few: '# года', other: '# лет' },
    months: { one: '# месяц', few: '# месяца', other: '# месяцев' },
    weeks: { one: '# неделя', few: '# недели', other: '# недель' },
    days: { one: '# день', few: '# дня', other: '# дней' },
    hours: { one: '# час', few: '# часа', other: '# часов' },
    minutes: { one: '# минута', few: '# минуты', other: '# минут' },
    seconds: { one: '# секунда', few: '# секунды', other: '# секунд' },
  },
  kinds: {
    localStorage: 'локальное хранилище',
    sessionStorage: 'хранилище сеанса',
    indexedDB: 'IndexedDB',
    pixel: 'пиксель',
    other: 'другое хранилище',
  },
};
