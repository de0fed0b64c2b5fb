import type { storageStrings as english } from '../../en/storage.js';

/** Dutch UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Eigen',
  thirdParty: 'Derde partij',
  session: 'Tot u de browser sluit',
  unspecified: 'Niet vermeld in de privacyverklaring',
  name: 'Naam',
  purpose: 'Doel',
  duration: 'Bewaartermijn',
  provider: 'Geplaatst door',
  necessaryCategory: 'Strikt noodzakelijk',
  choiceCookie: 'Onthoudt uw privacykeuzes',
  durations: {
    lang: 'nl',
    years: { other: '# jaar' },
    months: { one: '# maand', other: '# maanden' },
    weeks: { one: '# week', other: '# weken' },
    days: { one: '# dag', other: '# dagen' },
    hours: { other: '# uur' },
    minutes: { one: '# minuut', other: '# minuten' },
    seconds: { one: '# seconde', other: '# seconden' },
  },
  kinds: {
    localStorage: 'lokale opslag',
    sessionStorage: 'sessieopslag',
    indexedDB: 'IndexedDB',
    pixel: 'trackingpixel',
    other: 'andere opslag',
  } as Record<string, string>,
};
