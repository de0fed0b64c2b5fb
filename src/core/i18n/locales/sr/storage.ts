import type { storageStrings as english } from '../../en/storage.js';

/** Serbian (Cyrillic) UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Прва страна',
  thirdParty: 'Трећа страна',
  session: 'До затварања прегледача',
  unspecified: 'Није наведено у политици',
  name: 'Назив',
  purpose: 'Сврха',
  duration: 'Трајање',
  provider: 'Пружалац',
  necessaryCategory: 'Строго неопходни',
  choiceCookie: 'Памти ваше изборе у вези с приватношћу',
  durations: {
    lang: 'sr',
    years: { few: '# године', other: '# година' },
    months: { one: '# месец', few: '# месеца', other: '# месеци' },
    weeks: { few: '# недеље', other: '# недеља' },
    days: { one: '# дан', other: '# дана' },
    hours: { one: '# сат', few: '# сата', other: '# сати' },
    minutes: { one: '# минут', other: '# минута' },
    seconds: { one: '# секунда', few: '# секунде', other: '# секунди' },
  },
  kinds: {
    localStorage: 'локално складиште',
    sessionStorage: 'складиште сесије',
    indexedDB: 'IndexedDB',
    pixel: 'пиксел за праћење',
    other: 'друго складиште',
  },
};
