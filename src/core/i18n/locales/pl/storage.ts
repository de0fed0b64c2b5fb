import type { storageStrings as english } from '../../en/storage.js';

/** Polish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Ta witryna',
  thirdParty: 'Strona trzecia',
  session: 'Do zamknięcia przeglądarki',
  unspecified: 'Nie określono w polityce',
  name: 'Nazwa',
  purpose: 'Cel',
  duration: 'Czas trwania',
  provider: 'Dostawca',
  necessaryCategory: 'Ściśle niezbędne',
  choiceCookie: 'Zapamiętuje Twoje ustawienia prywatności',
  durations: {
    lang: 'pl',
    years: { one: '# rok', few: '# lata', other: '# lat' },
    months: { one: '# miesiąc', few: '# miesiące', other: '# miesięcy' },
    weeks: { one: '# tydzień', few: '# tygodnie', other: '# tygodni' },
    days: { one: '# dzień', other: '# dni' },
    hours: { one: '# godzina', few: '# godziny', other: '# godzin' },
    minutes: { one: '# minuta', few: '# minuty', other: '# minut' },
    seconds: { one: '# sekunda', few: '# sekundy', other: '# sekund' },
  },
  kinds: {
    localStorage: 'pamięć lokalna',
    sessionStorage: 'pamięć sesji',
    indexedDB: 'IndexedDB',
    pixel: 'piksel',
    other: 'inny rodzaj pamięci',
  },
};
