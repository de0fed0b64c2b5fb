import type { storageStrings as english } from '../../en/storage.js';

/** Finnish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Ensimmäinen osapuoli',
  thirdParty: 'Kolmas osapuoli',
  session: 'Kunnes suljet selaimen',
  unspecified: 'Ei ilmoitettu selosteessa',
  name: 'Nimi',
  purpose: 'Tarkoitus',
  duration: 'Voimassaoloaika',
  provider: 'Asettaja',
  necessaryCategory: 'Välttämättömät',
  choiceCookie: 'Muistaa tietosuojavalintasi',
  durations: {
    lang: 'fi',
    years: { one: '# vuosi', other: '# vuotta' },
    months: { one: '# kuukausi', other: '# kuukautta' },
    weeks: { one: '# viikko', other: '# viikkoa' },
    days: { one: '# päivä', other: '# päivää' },
    hours: { one: '# tunti', other: '# tuntia' },
    minutes: { one: '# minuutti', other: '# minuuttia' },
    seconds: { one: '# sekunti', other: '# sekuntia' },
  },
  kinds: {
    localStorage: 'paikallinen tallennustila',
    sessionStorage: 'istunnon tallennustila',
    indexedDB: 'IndexedDB',
    pixel: 'seurantapikseli',
    other: 'muu tallennustila',
  } as Record<string, string>,
};
