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
  kinds: {
    localStorage: 'локальное хранилище',
    sessionStorage: 'хранилище сеанса',
    indexedDB: 'IndexedDB',
    pixel: 'пиксель',
    other: 'другое хранилище',
  },
};
