import type { storageStrings as english } from '../../en/storage.js';

/** Basque UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Propioa',
  thirdParty: 'Hirugarrenena',
  session: 'Nabigatzailea itxi arte',
  unspecified: 'Politikak ez du zehazten',
  name: 'Izena',
  purpose: 'Helburua',
  duration: 'Iraupena',
  provider: 'Nork ezarria',
  necessaryCategory: 'Guztiz beharrezkoak',
  choiceCookie: 'Zure pribatutasun-aukerak gogoratzen ditu',
  durations: {
    lang: 'eu',
    years: { other: '# urte' },
    months: { other: '# hilabete' },
    weeks: { other: '# aste' },
    days: { other: '# egun' },
    hours: { other: '# ordu' },
    minutes: { other: '# minutu' },
    seconds: { other: '# segundo' },
  },
  kinds: {
    localStorage: 'biltegiratze lokala',
    sessionStorage: 'saio-biltegiratzea',
    indexedDB: 'IndexedDB',
    pixel: 'pixela',
    other: 'beste biltegiratze bat',
  },
};
