import type { summaryStrings as english } from '../../en/summary.js';

/** Swedish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Integritet i korthet',
  effective: (date: string, version: string, updated?: string) =>
    `Gäller från ${date}, version ${version}${updated ? `. Senast uppdaterad ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Senast uppdaterad ${date}, version ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `ämnesrad: ”${subject}”`,
  optional: 'valfritt',
  sensitive: 'känsliga uppgifter',
  sources: { provided: 'lämnas av dig', automatic: 'samlas in automatiskt', 'third-party': 'från tredje part' },
  dpa: 'Omfattas av ett personuppgiftsbiträdesavtal',
  labelCollected: 'Vad vi samlar in',
  labelPurposes: 'Varför',
  labelShared: 'Säljs eller delas',
  labelKept: 'Hur länge',
  notSold: 'Säljs eller delas aldrig',
  sold: 'Ja, se vem som tar emot dem',
  type: 'Uppgifter',
  storage: 'Lagring och skydd',
  legalBasis: 'Rättslig grund',
  recipient: 'Mottagare',
  location: 'Plats',
  howLong: 'Sparas',
  after: (period: string, event: string) => `${period} efter ${event}`,
  until: (event: string) => `Fram till ${event}`,
  indefinite: 'På obestämd tid',
  minimumAge: (age: number) => `Inte för barn under ${age} år.`,
  ageIn: (region: string, age: number) => `${region}: under ${age} år.`,
  breachWithin: (window: string) => `Personuppgiftsincidenter som berör dig meddelas inom ${window}.`,
  noticeBefore: (period: string) => `Väsentliga ändringar meddelas minst ${period} i förväg.`,
  answerWithin: (period: string) => `Vi svarar inom ${period}.`,
  how: 'Så här',
  extension: (period: string) => `Tiden kan förlängas med ${period}.`,
  requestOnline: 'Formuläret för begäran på den här webbplatsen',
  dpo: 'Dataskyddsombud',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vi säljer personlig information och delar den för kontextöverskridande beteendebaserad reklam.'
      : sells
        ? 'Vi säljer personlig information.'
        : shares
          ? 'Vi delar personlig information för kontextöverskridande beteendebaserad reklam.'
          : 'Vi varken säljer eller delar din personliga information.') as typeof english.sale,
  usedFor: (uses: string) => `Används för ${uses}`,
  uses: {
    sale: 'försäljning av personlig information',
    sharing: 'delning för kontextöverskridande beteendebaserad reklam',
    'targeted-advertising': 'riktad reklam',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respekteras',
  honouredNo: 'Respekteras inte',
  roles: {
    processor: 'Personuppgiftsbiträde',
    controller: 'Självständig personuppgiftsansvarig',
    'third-party': 'Tredje part',
    'user-chosen': 'Vald av dig',
  },
  sections: {
    about: 'Vilka vi är',
    collected: 'Uppgifter vi samlar in',
    notCollected: 'Uppgifter vi inte samlar in',
    purposes: 'Varför vi använder dem',
    storage: 'Var de lagras',
    recipients: 'Vem som tar emot dem',
    retention: 'Hur länge vi sparar dem',
    cookies: 'Kakor och lagring',
    security: 'Säkerhet',
    transfers: 'Överföringar till andra länder',
    signals: 'Integritetssignaler',
    children: 'Barn',
    changes: 'Ändringar och personuppgiftsincidenter',
    rights: 'Dina rättigheter',
    contact: 'Kontakt',
    commitments: 'Det här gör vi aldrig',
    notes: 'Mer',
  },
  legalBases: {
    consent: 'Ditt samtycke',
    contract: 'Nödvändigt för vårt avtal med dig',
    'legal-obligation': 'Krävs enligt lag',
    'vital-interests': 'För att skydda någons liv',
    'public-task': 'En uppgift av allmänt intresse',
    'legitimate-interests': 'Våra berättigade intressen',
  },
};
