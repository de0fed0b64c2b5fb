import type { storageStrings as english } from '../../en/storage.js';

/** German UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Erstanbieter',
  thirdParty: 'Drittanbieter',
  session: 'Bis Sie den Browser schließen',
  unspecified: 'In der Datenschutzerklärung nicht angegeben',
  name: 'Bezeichnung',
  purpose: 'Zweck',
  duration: 'Speicherdauer',
  provider: 'Gesetzt von',
  necessaryCategory: 'Unbedingt erforderlich',
  choiceCookie: 'Speichert Ihre Datenschutzeinstellungen',
  durations: {
    lang: 'de',
    years: { one: '# Jahr', other: '# Jahre' },
    months: { one: '# Monat', other: '# Monate' },
    weeks: { one: '# Woche', other: '# Wochen' },
    days: { one: '# Tag', other: '# Tage' },
    hours: { one: '# Stunde', other: '# Stunden' },
    minutes: { one: '# Minute', other: '# Minuten' },
    seconds: { one: '# Sekunde', other: '# Sekunden' },
  },
  kinds: {
    localStorage: 'lokaler Speicher',
    sessionStorage: 'Sitzungsspeicher',
    indexedDB: 'IndexedDB',
    pixel: 'Zählpixel',
    other: 'sonstiger Speicher',
  } as Record<string, string>,
};
