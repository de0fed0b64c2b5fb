import type { summaryStrings as english } from '../../en/summary.js';

/** Danish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privatliv kort fortalt',
  effective: (date: string, version: string, updated?: string) =>
    `Gældende fra ${date}, version ${version}${updated ? `. Senest opdateret ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Senest opdateret ${date}, version ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `emnelinje: »${subject}«`,
  optional: 'valgfrit',
  sensitive: 'følsomme oplysninger',
  sources: { provided: 'oplyst af dig', automatic: 'indsamlet automatisk', 'third-party': 'fra tredjeparter' },
  dpa: 'Omfattet af en databehandleraftale',
  labelCollected: 'Hvad vi indsamler',
  labelPurposes: 'Hvad det bruges til',
  labelShared: 'Solgt eller delt',
  labelKept: 'Hvor længe',
  notSold: 'Aldrig solgt eller delt',
  sold: 'Ja, se hvem der modtager dem',
  type: 'Oplysninger',
  storage: 'Opbevaring og beskyttelse',
  legalBasis: 'Retsgrundlag',
  recipient: 'Modtager',
  location: 'Placering',
  howLong: 'Opbevares',
  after: (period: string, event: string) => `${period} efter ${event}`,
  until: (event: string) => `Indtil ${event}`,
  indefinite: 'På ubestemt tid',
  minimumAge: (age: number) => `Ikke for børn under ${age} år.`,
  ageIn: (region: string, age: number) => `${region}: under ${age} år.`,
  breachWithin: (window: string) => `Brud på persondatasikkerheden, der berører dig, meddeles inden for ${window}.`,
  noticeBefore: (period: string) => `Væsentlige ændringer varsles mindst ${period} i forvejen.`,
  answerWithin: (period: string) => `Vi svarer inden for ${period}.`,
  how: 'Sådan',
  extension: (period: string) => `Fristen kan forlænges med ${period}.`,
  requestOnline: 'Anmodningsformularen på dette websted',
  dpo: 'Databeskyttelsesrådgiver',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vi sælger personlige oplysninger og deler dem til adfærdsbaseret annoncering på tværs af kontekster.'
      : sells
        ? 'Vi sælger personlige oplysninger.'
        : shares
          ? 'Vi deler personlige oplysninger til adfærdsbaseret annoncering på tværs af kontekster.'
          : 'Vi hverken sælger eller deler dine personlige oplysninger.') as typeof english.sale,
  usedFor: (uses: string) => `Bruges til ${uses}`,
  uses: {
    sale: 'salg af personlige oplysninger',
    sharing: 'deling til adfærdsbaseret annoncering på tværs af kontekster',
    'targeted-advertising': 'målrettet annoncering',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respekteres',
  honouredNo: 'Respekteres ikke',
  roles: {
    processor: 'Databehandler',
    controller: 'Selvstændig dataansvarlig',
    'third-party': 'Tredjepart',
    'user-chosen': 'Valgt af dig',
  },
  sections: {
    about: 'Hvem vi er',
    collected: 'Oplysninger, vi indsamler',
    notCollected: 'Oplysninger, vi ikke indsamler',
    purposes: 'Hvorfor vi bruger dem',
    storage: 'Hvor de opbevares',
    recipients: 'Hvem der modtager dem',
    retention: 'Hvor længe vi opbevarer dem',
    cookies: 'Cookies og lagring',
    security: 'Sikkerhed',
    transfers: 'Overførsler til udlandet',
    signals: 'Privatlivssignaler',
    children: 'Børn',
    changes: 'Ændringer og sikkerhedsbrud',
    rights: 'Dine rettigheder',
    contact: 'Kontakt',
    commitments: 'Det gør vi aldrig',
    notes: 'Mere',
  },
  legalBases: {
    consent: 'Dit samtykke',
    contract: 'Nødvendigt for vores kontrakt med dig',
    'legal-obligation': 'Påkrævet ved lov',
    'vital-interests': 'For at beskytte et menneskes liv',
    'public-task': 'En opgave i samfundets interesse',
    'legitimate-interests': 'Vores legitime interesser',
  },
};
