import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('it', age, { one: 'anno', other: 'anni' })}`;

/** Italian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'La privacy in breve',
  effective: (date: string, version: string, updated?: string) =>
    `In vigore dal ${date}, versione ${version}${updated ? `. Ultimo aggiornamento: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Ultimo aggiornamento: ${date}, versione ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `oggetto: «${subject}»`,
  optional: 'facoltativo',
  sensitive: 'sensibile',
  sources: { provided: 'fornito da lei', automatic: 'raccolto automaticamente', 'third-party': 'da terze parti' },
  dpa: 'Vincolato da un accordo sul trattamento dei dati',
  labelCollected: 'Cosa raccogliamo',
  labelPurposes: 'Per cosa',
  labelShared: 'Venduti o condivisi',
  labelKept: 'Per quanto tempo',
  notSold: 'Mai venduti né condivisi',
  sold: 'Sì, vedere i destinatari',
  type: 'Dati',
  storage: 'Archiviazione e protezione',
  legalBasis: 'Base giuridica',
  recipient: 'Destinatario',
  location: 'Ubicazione',
  howLong: 'Conservazione',
  after: (period: string, event: string) => `${period} dopo ${event}`,
  until: (event: string) => `Fino a ${event}`,
  indefinite: 'A tempo indeterminato',
  minimumAge: (age: number) => `Non destinato ai minori di ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: minori di ${years(age)}.`,
  breachWithin: (window: string) => `Le violazioni dei dati che la riguardano le vengono comunicate entro ${window}.`,
  noticeBefore: (period: string) => `Le modifiche sostanziali vengono annunciate con almeno ${period} di anticipo.`,
  answerWithin: (period: string) => `Rispondiamo entro ${period}.`,
  how: 'Come',
  extension: (period: string) => `Questo termine può essere prorogato di ${period}.`,
  requestOnline: 'Il modulo di richiesta su questo sito',
  dpo: 'Responsabile della protezione dei dati',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vendiamo informazioni personali e le condividiamo per pubblicità comportamentale tra contesti diversi.'
      : sells
        ? 'Vendiamo informazioni personali.'
        : shares
          ? 'Condividiamo informazioni personali per pubblicità comportamentale tra contesti diversi.'
          : 'Non vendiamo né condividiamo le sue informazioni personali.') as typeof english.sale,
  usedFor: (uses: string) => `Utilizzo: ${uses}`,
  uses: {
    sale: 'vendita di informazioni personali',
    sharing: 'condivisione per pubblicità comportamentale tra contesti diversi',
    'targeted-advertising': 'pubblicità mirata',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Rispettato',
  honouredNo: 'Non rispettato',
  roles: {
    processor: 'Responsabile del trattamento',
    controller: 'Titolare autonomo del trattamento',
    'third-party': 'Terza parte',
    'user-chosen': 'Scelto da lei',
  },
  sections: {
    about: 'Chi siamo',
    collected: 'Dati che raccogliamo',
    notCollected: 'Dati che non raccogliamo',
    purposes: 'Perché li usiamo',
    storage: 'Dove sono conservati',
    recipients: 'Chi li riceve',
    retention: 'Per quanto tempo li conserviamo',
    cookies: 'Cookie e archiviazione',
    security: 'Sicurezza',
    transfers: 'Trasferimenti internazionali',
    signals: 'Segnali di privacy',
    children: 'Minori',
    changes: 'Modifiche e violazioni dei dati',
    rights: 'I suoi diritti',
    contact: 'Contatti',
    commitments: 'Cosa non facciamo mai',
    notes: 'Altro',
  },
  legalBases: {
    consent: 'Il suo consenso',
    contract: 'Necessario per il contratto con lei',
    'legal-obligation': 'Obbligo di legge',
    'vital-interests': 'Per proteggere la vita di una persona',
    'public-task': 'Compito di interesse pubblico',
    'legitimate-interests': 'I nostri legittimi interessi',
  },
};
