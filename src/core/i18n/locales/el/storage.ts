import type { storageStrings as english } from '../../en/storage.js';

/** Greek UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Πρώτου μέρους',
  thirdParty: 'Τρίτου μέρους',
  session: 'Μέχρι να κλείσετε το πρόγραμμα περιήγησης',
  unspecified: 'Δεν αναφέρεται στην πολιτική',
  name: 'Όνομα',
  purpose: 'Σκοπός',
  duration: 'Διάρκεια',
  provider: 'Ορίζεται από',
  necessaryCategory: 'Απολύτως απαραίτητα',
  choiceCookie: 'Θυμάται τις επιλογές σας για το απόρρητο',
  durations: {
    lang: 'el',
    years: { one: '# έτος', other: '# έτη' },
    months: { one: '# μήνας', other: '# μήνες' },
    weeks: { one: '# εβδομάδα', other: '# εβδομάδες' },
    days: { one: '# ημέρα', other: '# ημέρες' },
    hours: { one: '# ώρα', other: '# ώρες' },
    minutes: { one: '# λεπτό', other: '# λεπτά' },
    seconds: { one: '# δευτερόλεπτο', other: '# δευτερόλεπτα' },
  },
  kinds: {
    localStorage: 'τοπική αποθήκευση',
    sessionStorage: 'αποθήκευση συνεδρίας',
    indexedDB: 'IndexedDB',
    pixel: 'pixel παρακολούθησης',
    other: 'άλλη αποθήκευση',
  },
};
