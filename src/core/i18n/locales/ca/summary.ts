import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('ca', age, { one: 'any', other: 'anys' })}`;

/** Catalan UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'La privadesa d’un cop d’ull',
  effective: (date: string, version: string, updated?: string) =>
    `Data d’entrada en vigor: ${date}, versió ${version}${updated ? `. Darrera actualització: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Darrera actualització: ${date}, versió ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `assumpte: «${subject}»`,
  optional: 'opcional',
  sensitive: 'sensible',
  sources: { provided: 'facilitat per vostè', automatic: 'recollit automàticament', 'third-party': 'de tercers' },
  dpa: 'Vinculat per un contracte d’encàrrec del tractament',
  labelCollected: 'Què recollim',
  labelPurposes: 'Per a què',
  labelShared: 'Venudes o compartides',
  labelKept: 'Quant de temps',
  notSold: 'Mai no es venen ni es comparteixen',
  sold: 'Sí, vegi qui les rep',
  type: 'Dades',
  storage: 'Emmagatzematge i protecció',
  legalBasis: 'Base jurídica',
  recipient: 'Destinatari',
  location: 'Ubicació',
  howLong: 'Conservació',
  after: (period: string, event: string) => `${period} després de ${event}`,
  until: (event: string) => `Fins a ${event}`,
  indefinite: 'Indefinidament',
  minimumAge: (age: number) => `No està adreçat a menors de ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: menors de ${years(age)}.`,
  breachWithin: (window: string) =>
    `Les violacions de seguretat que l’afectin se li comuniquen en un termini de ${window}.`,
  noticeBefore: (period: string) => `Els canvis importants s’anuncien amb almenys ${period} d’antelació.`,
  answerWithin: (period: string) => `Responem en un termini de ${period}.`,
  how: 'Com',
  extension: (period: string) => `Aquest termini es pot prorrogar ${period} més.`,
  requestOnline: 'El formulari de sol·licitud d’aquest lloc web',
  dpo: 'Delegat de protecció de dades',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Venem informació personal i la compartim per a publicitat comportamental entre contextos.'
      : sells
        ? 'Venem informació personal.'
        : shares
          ? 'Compartim informació personal per a publicitat comportamental entre contextos.'
          : 'No venem ni compartim la seva informació personal.') as typeof english.sale,
  usedFor: (uses: string) => `Ús: ${uses}`,
  uses: {
    sale: 'venda d’informació personal',
    sharing: 'intercanvi per a publicitat comportamental entre contextos',
    'targeted-advertising': 'publicitat orientada',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respectat',
  honouredNo: 'No respectat',
  roles: {
    processor: 'Encarregat del tractament',
    controller: 'Responsable independent',
    'third-party': 'Tercer',
    'user-chosen': 'Triat per vostè',
  },
  sections: {
    about: 'Qui som',
    collected: 'Dades que recollim',
    notCollected: 'Dades que no recollim',
    purposes: 'Per què les utilitzem',
    storage: 'On s’emmagatzemen',
    recipients: 'Qui les rep',
    retention: 'Quant de temps les conservem',
    cookies: 'Galetes i emmagatzematge',
    security: 'Seguretat',
    transfers: 'Transferències internacionals',
    signals: 'Senyals de privadesa',
    children: 'Menors',
    changes: 'Canvis i violacions de seguretat',
    rights: 'Els seus drets',
    contact: 'Contacte',
    commitments: 'El que no fem mai',
    notes: 'Més informació',
  },
  legalBases: {
    consent: 'El seu consentiment',
    contract: 'Necessari per al nostre contracte amb vostè',
    'legal-obligation': 'Obligació legal',
    'vital-interests': 'Per protegir la vida d’una persona',
    'public-task': 'Missió d’interès públic',
    'legitimate-interests': 'Els nostres interessos legítims',
  },
};
