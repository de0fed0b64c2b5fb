import type { bannerStrings as english } from '../../en/banner.js';

/** Bulgarian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Бисквитки на този сайт',
  noticeText:
    'Този сайт използва само бисквитки и хранилище, които са строго необходими за работата му. За тях не е нужно съгласие, затова няма какво да приемете или откажете.',
  cookieDetails: 'Подробности за бисквитките',
  acknowledge: 'Разбрах',
  promptTitle: 'Вашият избор за поверителност',
  promptText:
    'Използваме строго необходими бисквитки, за да работи този сайт. Нищо незадължително не се използва, докато не изберете, а решението си можете да промените по всяко време.',
  promptPurposes: (purposes: string) => `С ваше съгласие бихме използвали бисквитки и за следните цели: ${purposes}.`,
  promptRecipients: (recipients: string) =>
    `Данните от тях биха се предоставяли на следните получатели: ${recipients}.`,
  promptMore: 'Вижте всички бисквитки и кой получава данните',
  acceptAll: 'Приемане на всички',
  rejectAll: 'Отхвърляне на всички',
  customize: 'Персонализиране',
  reopen: 'Настройки за поверителност',
  storageUnavailable: 'Браузърът ви блокира бисквитките, затова този избор важи само за тази страница.',
};
