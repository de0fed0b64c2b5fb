import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('de', age, { one: 'Jahr', other: 'Jahren' })}`;

/** German UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Datenschutz auf einen Blick',
  effective: (date: string, version: string, updated?: string) =>
    `Gültig seit dem ${date}, Version ${version}${updated ? `. Zuletzt aktualisiert am ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Zuletzt aktualisiert am ${date}, Version ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `Betreff: „${subject}“`,
  optional: 'freiwillig',
  sensitive: 'sensibel',
  sources: { provided: 'von Ihnen angegeben', automatic: 'automatisch erfasst', 'third-party': 'von Dritten' },
  dpa: 'An einen Auftragsverarbeitungsvertrag gebunden',
  labelCollected: 'Was wir erheben',
  labelPurposes: 'Wofür',
  labelShared: 'Verkauft oder weitergegeben',
  labelKept: 'Wie lange',
  notSold: 'Nie verkauft oder weitergegeben',
  sold: 'Ja, siehe Empfänger',
  type: 'Daten',
  storage: 'Speicherung und Schutz',
  legalBasis: 'Rechtsgrundlage',
  recipient: 'Empfänger',
  location: 'Standort',
  howLong: 'Speicherdauer',
  after: (period: string, event: string) => `${period} nach ${event}`,
  until: (event: string) => `Bis ${event}`,
  indefinite: 'Unbefristet',
  minimumAge: (age: number) => `Nicht für Kinder unter ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: unter ${years(age)}.`,
  breachWithin: (window: string) =>
    `Datenschutzverletzungen, die Sie betreffen, werden innerhalb von ${window} mitgeteilt.`,
  noticeBefore: (period: string) => `Wesentliche Änderungen werden mindestens ${period} im Voraus angekündigt.`,
  answerWithin: (period: string) => `Wir antworten innerhalb von ${period}.`,
  how: 'Weg',
  extension: (period: string) => `Diese Frist kann um ${period} verlängert werden.`,
  requestOnline: 'Das Anfrageformular auf dieser Website',
  dpo: 'Datenschutzbeauftragter',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Wir verkaufen personenbezogene Informationen und geben sie für kontextübergreifende verhaltensbasierte Werbung weiter.'
      : sells
        ? 'Wir verkaufen personenbezogene Informationen.'
        : shares
          ? 'Wir geben personenbezogene Informationen für kontextübergreifende verhaltensbasierte Werbung weiter.'
          : 'Wir verkaufen Ihre personenbezogenen Informationen nicht und geben sie nicht weiter.') as typeof english.sale,
  usedFor: (uses: string) => `Verwendet für: ${uses}`,
  uses: {
    sale: 'Verkauf personenbezogener Informationen',
    sharing: 'Weitergabe für kontextübergreifende verhaltensbasierte Werbung',
    'targeted-advertising': 'gezielte Werbung',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Beachtet',
  honouredNo: 'Nicht beachtet',
  roles: {
    processor: 'Auftragsverarbeiter',
    controller: 'Eigenständig Verantwortlicher',
    'third-party': 'Dritter',
    'user-chosen': 'Von Ihnen gewählt',
  },
  sections: {
    about: 'Wer wir sind',
    collected: 'Welche Daten wir erheben',
    notCollected: 'Welche Daten wir nicht erheben',
    purposes: 'Wozu wir sie verwenden',
    storage: 'Wo sie gespeichert werden',
    recipients: 'Wer sie erhält',
    retention: 'Wie lange wir sie aufbewahren',
    cookies: 'Cookies und Speicher',
    security: 'Sicherheit',
    transfers: 'Internationale Übermittlungen',
    signals: 'Datenschutzsignale',
    children: 'Kinder',
    changes: 'Änderungen und Datenschutzverletzungen',
    rights: 'Ihre Rechte',
    contact: 'Kontakt',
    commitments: 'Was wir niemals tun',
    notes: 'Weiteres',
  },
  legalBases: {
    consent: 'Ihre Einwilligung',
    contract: 'Für unseren Vertrag mit Ihnen erforderlich',
    'legal-obligation': 'Gesetzlich vorgeschrieben',
    'vital-interests': 'Zum Schutz des Lebens eines Menschen',
    'public-task': 'Aufgabe im öffentlichen Interesse',
    'legitimate-interests': 'Unsere berechtigten Interessen',
  },
};
