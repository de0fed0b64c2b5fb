import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('lv', age, { one: 'gadu', other: 'gadiem' })}`;

/** Latvian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privātums īsumā',
  effective: (date: string, version: string, updated?: string) =>
    `Spēkā no ${date}, versija ${version}${updated ? `. Pēdējās izmaiņas: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Pēdējās izmaiņas: ${date}, versija ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `temats: “${subject}”`,
  optional: 'neobligāti',
  sensitive: 'sensitīvi dati',
  sources: { provided: 'jūsu sniegti', automatic: 'vākti automātiski', 'third-party': 'no trešajām personām' },
  dpa: 'Saistīts ar datu apstrādes līgumu',
  labelCollected: 'Ko mēs vācam',
  labelPurposes: 'Kādam nolūkam',
  labelShared: 'Pārdoti vai kopīgoti',
  labelKept: 'Cik ilgi',
  notSold: 'Nekad netiek pārdoti vai kopīgoti',
  sold: 'Jā, skatiet saņēmējus',
  type: 'Dati',
  storage: 'Glabāšana un aizsardzība',
  legalBasis: 'Tiesiskais pamats',
  recipient: 'Saņēmējs',
  location: 'Atrašanās vieta',
  howLong: 'Glabāšanas laiks',
  after: (period: string, event: string) => `${period} pēc notikuma: ${event}`,
  until: (event: string) => `Līdz notikumam: ${event}`,
  indefinite: 'Uz nenoteiktu laiku',
  minimumAge: (age: number) => `Nav paredzēts bērniem, kas jaunāki par ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: jaunāki par ${years(age)}.`,
  breachWithin: (window: string) =>
    `Termiņš, kurā paziņojam par jūs skarošiem datu aizsardzības pārkāpumiem: ${window}.`,
  noticeBefore: (period: string) => `Par būtiskām izmaiņām tiek paziņots vismaz ${period} iepriekš.`,
  answerWithin: (period: string) => `Mūsu atbildes termiņš: ${period}.`,
  how: 'Kā',
  extension: (period: string) => `Iespējamais termiņa pagarinājums: ${period}.`,
  requestOnline: 'Pieprasījuma veidlapa šajā vietnē',
  dpo: 'Datu aizsardzības speciālists',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Mēs pārdodam personisko informāciju un kopīgojam to uz uzvedību balstītai reklāmai dažādos kontekstos.'
      : sells
        ? 'Mēs pārdodam personisko informāciju.'
        : shares
          ? 'Mēs kopīgojam personisko informāciju uz uzvedību balstītai reklāmai dažādos kontekstos.'
          : 'Mēs nepārdodam un nekopīgojam jūsu personisko informāciju.') as typeof english.sale,
  usedFor: (uses: string) => `Izmantošanas nolūks: ${uses}`,
  uses: {
    sale: 'personiskās informācijas pārdošana',
    sharing: 'kopīgošana uz uzvedību balstītai reklāmai dažādos kontekstos',
    'targeted-advertising': 'mērķēta reklāma',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Tiek ievērots',
  honouredNo: 'Netiek ievērots',
  roles: {
    processor: 'Apstrādātājs',
    controller: 'Neatkarīgs pārzinis',
    'third-party': 'Trešā persona',
    'user-chosen': 'Jūsu izvēlēts',
  },
  sections: {
    about: 'Kas mēs esam',
    collected: 'Dati, ko vācam',
    notCollected: 'Dati, ko nevācam',
    purposes: 'Kāpēc tos izmantojam',
    storage: 'Kur tie tiek glabāti',
    recipients: 'Kas tos saņem',
    retention: 'Cik ilgi tos glabājam',
    cookies: 'Sīkdatnes un krātuve',
    security: 'Drošība',
    transfers: 'Starptautiska nosūtīšana',
    signals: 'Privātuma signāli',
    children: 'Bērni',
    changes: 'Izmaiņas un pārkāpumi',
    rights: 'Jūsu tiesības',
    contact: 'Kontaktinformācija',
    commitments: 'Ko mēs nekad nedarām',
    notes: 'Vairāk',
  },
  legalBases: {
    consent: 'Jūsu piekrišana',
    contract: 'Nepieciešams mūsu līgumam ar jums',
    'legal-obligation': 'Juridisks pienākums',
    'vital-interests': 'Lai aizsargātu kāda cilvēka dzīvību',
    'public-task': 'Sabiedrības interesēs veicams uzdevums',
    'legitimate-interests': 'Mūsu leģitīmās intereses',
  },
};
