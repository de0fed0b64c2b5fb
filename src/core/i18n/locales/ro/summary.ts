import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('ro', age, { one: 'an', few: 'ani', other: 'de ani' })}`;

/** Romanian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Confidențialitatea pe scurt',
  effective: (date: string, version: string, updated?: string) =>
    `În vigoare din ${date}, versiunea ${version}${updated ? `. Ultima actualizare: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Ultima actualizare: ${date}, versiunea ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `subiect: „${subject}”`,
  optional: 'opțional',
  sensitive: 'sensibil',
  sources: { provided: 'furnizate de dumneavoastră', automatic: 'colectate automat', 'third-party': 'de la terți' },
  dpa: 'Obligat printr-un acord de prelucrare a datelor',
  labelCollected: 'Ce colectăm',
  labelPurposes: 'În ce scop',
  labelShared: 'Vândute sau partajate',
  labelKept: 'Cât timp',
  notSold: 'Nu sunt niciodată vândute sau partajate',
  sold: 'Da, vedeți cine le primește',
  type: 'Date',
  storage: 'Stocare și protecție',
  legalBasis: 'Temei juridic',
  recipient: 'Destinatar',
  location: 'Locație',
  howLong: 'Păstrare',
  after: (period: string, event: string) => `${period} după ${event}`,
  until: (event: string) => `Până la ${event}`,
  indefinite: 'Pe durată nedeterminată',
  // Romanian puts “de” between a number ending in 20–99 and its noun (“16 ani”, “21 de ani”).
  minimumAge: (age: number) => `Nu se adresează copiilor sub ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: sub ${years(age)}.`,
  breachWithin: (window: string) =>
    `Încălcările securității datelor care vă afectează sunt comunicate în termen de ${window}.`,
  noticeBefore: (period: string) => `Modificările importante sunt anunțate cu cel puțin ${period} înainte.`,
  answerWithin: (period: string) => `Răspundem în termen de ${period}.`,
  how: 'Cum',
  extension: (period: string) => `Termenul poate fi prelungit cu ${period}.`,
  requestOnline: 'Formularul de cerere de pe acest site',
  dpo: 'Responsabil cu protecția datelor',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vindem informații personale și le partajăm pentru publicitate comportamentală bazată pe activitatea de pe alte site-uri și servicii.'
      : sells
        ? 'Vindem informații personale.'
        : shares
          ? 'Partajăm informații personale pentru publicitate comportamentală bazată pe activitatea de pe alte site-uri și servicii.'
          : 'Nu vindem și nu partajăm informațiile dumneavoastră personale.') as typeof english.sale,
  usedFor: (uses: string) => `Folosite pentru: ${uses}`,
  uses: {
    sale: 'vânzarea informațiilor personale',
    sharing: 'partajare pentru publicitate comportamentală bazată pe activitatea de pe alte site-uri și servicii',
    'targeted-advertising': 'publicitate direcționată',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respectat',
  honouredNo: 'Nerespectat',
  roles: {
    processor: 'Persoană împuternicită de operator',
    controller: 'Operator independent',
    'third-party': 'Terț',
    'user-chosen': 'Ales de dumneavoastră',
  },
  sections: {
    about: 'Cine suntem',
    collected: 'Datele pe care le colectăm',
    notCollected: 'Datele pe care nu le colectăm',
    purposes: 'De ce le folosim',
    storage: 'Unde sunt stocate',
    recipients: 'Cine le primește',
    retention: 'Cât timp le păstrăm',
    cookies: 'Cookie-uri și stocare',
    security: 'Securitate',
    transfers: 'Transferuri internaționale',
    signals: 'Semnale de confidențialitate',
    children: 'Copii',
    changes: 'Modificări și încălcări ale securității',
    rights: 'Drepturile dumneavoastră',
    contact: 'Date de contact',
    commitments: 'Ce nu facem niciodată',
    notes: 'Mai multe',
  },
  legalBases: {
    consent: 'Consimțământul dumneavoastră',
    contract: 'Necesar pentru contractul nostru cu dumneavoastră',
    'legal-obligation': 'Impus de lege',
    'vital-interests': 'Pentru a proteja viața cuiva',
    'public-task': 'O sarcină îndeplinită în interes public',
    'legitimate-interests': 'Interesele noastre legitime',
  },
};
