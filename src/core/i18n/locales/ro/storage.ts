import type { storageStrings as english } from '../../en/storage.js';

/** Romanian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Prima parte',
  thirdParty: 'Terță parte',
  session: 'Până la închiderea browserului',
  unspecified: 'Nu este precizat în politică',
  name: 'Nume',
  purpose: 'Scop',
  duration: 'Durată',
  provider: 'Plasat de',
  necessaryCategory: 'Strict necesare',
  choiceCookie: 'Reține opțiunile dumneavoastră de confidențialitate',
  durations: {
    lang: 'ro',
    years: { few: '# ani', one: '# an', other: '# de ani' },
    months: { few: '# luni', one: '# lună', other: '# de luni' },
    weeks: { few: '# săptămâni', one: '# săptămână', other: '# de săptămâni' },
    days: { few: '# zile', one: '# zi', other: '# de zile' },
    hours: { few: '# ore', one: '# oră', other: '# de ore' },
    minutes: { few: '# minute', one: '# minut', other: '# de minute' },
    seconds: { few: '# secunde', one: '# secundă', other: '# de secunde' },
  },
  kinds: {
    localStorage: 'stocare locală',
    sessionStorage: 'stocare de sesiune',
    indexedDB: 'IndexedDB',
    pixel: 'pixel de urmărire',
    other: 'altă stocare',
  },
};
