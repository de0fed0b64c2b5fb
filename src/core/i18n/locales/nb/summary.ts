import type { summaryStrings as english } from '../../en/summary.js';

/** Norwegian Bokmål UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Personvern i korte trekk',
  effective: (date: string, version: string, updated?: string) =>
    `Gjelder fra ${date}, versjon ${version}${updated ? `. Sist oppdatert ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Sist oppdatert ${date}, versjon ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `emnefelt: «${subject}»`,
  optional: 'valgfritt',
  sensitive: 'sensitive opplysninger',
  sources: { provided: 'oppgitt av deg', automatic: 'samlet inn automatisk', 'third-party': 'fra tredjeparter' },
  dpa: 'Omfattet av en databehandleravtale',
  labelCollected: 'Hva vi samler inn',
  labelPurposes: 'Hva det brukes til',
  labelShared: 'Solgt eller delt',
  labelKept: 'Hvor lenge',
  notSold: 'Aldri solgt eller delt',
  sold: 'Ja, se hvem som mottar dem',
  type: 'Opplysninger',
  storage: 'Lagring og beskyttelse',
  legalBasis: 'Behandlingsgrunnlag',
  recipient: 'Mottaker',
  location: 'Sted',
  howLong: 'Lagres',
  after: (period: string, event: string) => `${period} etter ${event}`,
  until: (event: string) => `Fram til ${event}`,
  indefinite: 'På ubestemt tid',
  minimumAge: (age: number) => `Ikke for barn under ${age} år.`,
  ageIn: (region: string, age: number) => `${region}: under ${age} år.`,
  breachWithin: (window: string) => `Brudd på personopplysningssikkerheten som berører deg, varsles innen ${window}.`,
  noticeBefore: (period: string) => `Vesentlige endringer varsles minst ${period} på forhånd.`,
  answerWithin: (period: string) => `Vi svarer innen ${period}.`,
  how: 'Slik',
  extension: (period: string) => `Fristen kan forlenges med ${period}.`,
  requestOnline: 'Forespørselsskjemaet på dette nettstedet',
  dpo: 'Personvernombud',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vi selger personlig informasjon og deler den for atferdsbasert reklame på tvers av kontekster.'
      : sells
        ? 'Vi selger personlig informasjon.'
        : shares
          ? 'Vi deler personlig informasjon for atferdsbasert reklame på tvers av kontekster.'
          : 'Vi verken selger eller deler den personlige informasjonen din.') as typeof english.sale,
  usedFor: (uses: string) => `Brukes til ${uses}`,
  uses: {
    sale: 'salg av personlig informasjon',
    sharing: 'deling for atferdsbasert reklame på tvers av kontekster',
    'targeted-advertising': 'målrettet reklame',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respekteres',
  honouredNo: 'Respekteres ikke',
  roles: {
    processor: 'Databehandler',
    controller: 'Selvstendig behandlingsansvarlig',
    'third-party': 'Tredjepart',
    'user-chosen': 'Valgt av deg',
  },
  sections: {
    about: 'Hvem vi er',
    collected: 'Opplysninger vi samler inn',
    notCollected: 'Opplysninger vi ikke samler inn',
    purposes: 'Hvorfor vi bruker dem',
    storage: 'Hvor de lagres',
    recipients: 'Hvem som mottar dem',
    retention: 'Hvor lenge vi lagrer dem',
    cookies: 'Informasjonskapsler og lagring',
    security: 'Sikkerhet',
    transfers: 'Overføringer til utlandet',
    signals: 'Personvernsignaler',
    children: 'Barn',
    changes: 'Endringer og sikkerhetsbrudd',
    rights: 'Dine rettigheter',
    contact: 'Kontakt',
    commitments: 'Dette gjør vi aldri',
    notes: 'Mer',
  },
  legalBases: {
    consent: 'Ditt samtykke',
    contract: 'Nødvendig for avtalen vår med deg',
    'legal-obligation': 'Pålagt ved lov',
    'vital-interests': 'For å beskytte noens liv',
    'public-task': 'En oppgave i allmennhetens interesse',
    'legitimate-interests': 'Våre berettigede interesser',
  },
};
