import type { bannerStrings as english } from '../../en/banner.js';

/** German UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies auf dieser Website',
  noticeText:
    'Diese Website verwendet nur Cookies und Speicher, die für ihren Betrieb unbedingt erforderlich sind. Dafür ist keine Einwilligung nötig, daher gibt es nichts zu akzeptieren oder abzulehnen.',
  cookieDetails: 'Cookie-Details',
  acknowledge: 'OK',
  promptTitle: 'Ihre Entscheidung zum Datenschutz',
  promptText:
    'Wir verwenden unbedingt erforderliche Cookies, um diese Website zu betreiben. Nichts Optionales wird verwendet, bevor Sie sich entscheiden, und Sie können Ihre Entscheidung jederzeit ändern.',
  promptPurposes: (purposes: string) =>
    `Mit Ihrer Erlaubnis würden wir Cookies auch für folgende Zwecke verwenden: ${purposes}.`,
  promptRecipients: (recipients: string) => `Die Daten daraus würden an folgende Empfänger gehen: ${recipients}.`,
  promptMore: 'Alle Cookies und die Empfänger der Daten ansehen',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Einstellungen',
  reopen: 'Datenschutzeinstellungen',
  storageUnavailable: 'Ihr Browser blockiert Cookies, daher gilt diese Auswahl nur für diese Seite.',
};
