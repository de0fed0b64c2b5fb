import type { rightsStrings as english } from '../../en/rights.js';

/** German UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Anfrageformular öffnen',
  requestAnyAuthority:
    'Sie können sich bei der Datenschutzaufsichtsbehörde an Ihrem Wohnort, an Ihrem Arbeitsplatz oder an dem Ort beschweren, an dem Ihrer Meinung nach Ihre Rechte verletzt wurden.',
  rights: {
    access: [
      'Auskunftsrecht',
      'Erfahren Sie, welche personenbezogenen Daten wir über Sie gespeichert haben, und erhalten Sie eine Kopie.',
    ],
    rectification: ['Recht auf Berichtigung', 'Lassen Sie unrichtige oder unvollständige Daten korrigieren.'],
    erasure: ['Recht auf Löschung', 'Lassen Sie Ihre personenbezogenen Daten löschen.'],
    restriction: [
      'Recht auf Einschränkung der Verarbeitung',
      'Verlangen Sie, dass wir Ihre Daten aufbewahren, aber vorerst nicht mehr verwenden.',
    ],
    portability: [
      'Recht auf Datenübertragbarkeit',
      'Erhalten Sie Ihre Daten in einem maschinenlesbaren Format, um sie anderswohin mitzunehmen.',
    ],
    objection: [
      'Widerspruchsrecht',
      'Widersprechen Sie Verarbeitungen, die auf unseren berechtigten Interessen beruhen, oder der Direktwerbung.',
    ],
    'withdraw-consent': [
      'Recht auf Widerruf der Einwilligung',
      'Widerrufen Sie eine erteilte Einwilligung – so einfach, wie Sie sie erteilt haben.',
    ],
    'automated-decisions': [
      'Recht, keiner automatisierten Entscheidung unterworfen zu werden',
      'Sie müssen keine Entscheidungen hinnehmen, die ausschließlich maschinell getroffen werden.',
    ],
    complaint: [
      'Recht auf Beschwerde bei einer Aufsichtsbehörde',
      'Beschweren Sie sich bei einer Datenschutzaufsichtsbehörde.',
    ],
    know: [
      'Recht auf Information',
      'Erfahren Sie, welche personenbezogenen Informationen wir erheben, verwenden und offenlegen.',
    ],
    'opt-out-sale': [
      'Recht auf Widerspruch gegen Verkauf/Weitergabe',
      'Unterbinden Sie den Verkauf oder die Weitergabe Ihrer personenbezogenen Informationen.',
    ],
    'limit-sensitive': [
      'Recht auf Einschränkung der Nutzung und Offenlegung sensibler personenbezogener Informationen',
      'Schränken Sie ein, wie wir sensible personenbezogene Informationen verwenden.',
    ],
    'non-discrimination': [
      'Recht auf Nichtdiskriminierung',
      'Sie werden nicht anders behandelt, weil Sie Ihre Rechte ausüben.',
    ],
    'opt-out-marketing': ['Werbenachrichten abbestellen', 'Melden Sie sich von nicht notwendigen Mitteilungen ab.'],
  },
  dates: {
    lang: 'de',
    regions: '-AT IT',
    months: [
      '{d}. Januar {y}',
      '{d}. Februar {y}',
      '{d}. März {y}',
      '{d}. April {y}',
      '{d}. Mai {y}',
      '{d}. Juni {y}',
      '{d}. Juli {y}',
      '{d}. August {y}',
      '{d}. September {y}',
      '{d}. Oktober {y}',
      '{d}. November {y}',
      '{d}. Dezember {y}',
    ],
  },
};
