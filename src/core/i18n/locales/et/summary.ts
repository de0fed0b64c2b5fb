import type { summaryStrings as english } from '../../en/summary.js';

/** Estonian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privaatsus lühidalt',
  effective: (date: string, version: string, updated?: string) =>
    `Kehtib alates ${date}, versioon ${version}${updated ? `. Viimati uuendatud ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Viimati uuendatud ${date}, versioon ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `teemarida: „${subject}“`,
  optional: 'valikuline',
  sensitive: 'tundlik',
  sources: { provided: 'teie esitatud', automatic: 'kogutud automaatselt', 'third-party': 'kolmandatelt osapooltelt' },
  dpa: 'Seotud andmetöötluslepinguga',
  labelCollected: 'Mida kogume',
  labelPurposes: 'Milleks',
  labelShared: 'Müüakse või jagatakse',
  labelKept: 'Kui kaua',
  notSold: 'Ei müüda ega jagata kunagi',
  sold: 'Jah, vaadake saajaid',
  type: 'Andmed',
  storage: 'Säilitamine ja kaitse',
  legalBasis: 'Õiguslik alus',
  recipient: 'Saaja',
  location: 'Asukoht',
  howLong: 'Säilitatakse',
  after: (period: string, event: string) => `${period} pärast sündmust: ${event}`,
  until: (event: string) => `Kuni sündmuseni: ${event}`,
  indefinite: 'Tähtajatult',
  minimumAge: (age: number) => `Ei ole mõeldud alla ${age}-aastastele lastele.`,
  ageIn: (region: string, age: number) => `${region}: alla ${age}-aastased.`,
  breachWithin: (window: string) => `Teavitame teid puudutavatest rikkumistest, tähtaeg: ${window}.`,
  noticeBefore: (period: string) => `Olulistest muudatustest teatatakse vähemalt ${period} ette.`,
  answerWithin: (period: string) => `Meie vastamise tähtaeg on ${period}.`,
  how: 'Kuidas',
  extension: (period: string) => `Tähtaega saab pikendada veel ${period}.`,
  requestOnline: 'Selle veebisaidi taotlusvorm',
  dpo: 'Andmekaitseametnik',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Müüme isiklikku teavet ja jagame seda kontekstiülese käitumispõhise reklaami jaoks.'
      : sells
        ? 'Müüme isiklikku teavet.'
        : shares
          ? 'Jagame isiklikku teavet kontekstiülese käitumispõhise reklaami jaoks.'
          : 'Me ei müü ega jaga teie isiklikku teavet.') as typeof english.sale,
  usedFor: (uses: string) => `Kasutusotstarve: ${uses}`,
  uses: {
    sale: 'isikliku teabe müük',
    sharing: 'jagamine kontekstiülese käitumispõhise reklaami jaoks',
    'targeted-advertising': 'sihitud reklaam',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Järgitakse',
  honouredNo: 'Ei järgita',
  roles: {
    processor: 'Volitatud töötleja',
    controller: 'Iseseisev vastutav töötleja',
    'third-party': 'Kolmas osapool',
    'user-chosen': 'Teie valitud',
  },
  sections: {
    about: 'Kes me oleme',
    collected: 'Andmed, mida kogume',
    notCollected: 'Andmed, mida me ei kogu',
    purposes: 'Miks me neid kasutame',
    storage: 'Kus neid säilitatakse',
    recipients: 'Kes neid saavad',
    retention: 'Kui kaua me neid säilitame',
    cookies: 'Küpsised ja salvestusruum',
    security: 'Turvalisus',
    transfers: 'Rahvusvahelised edastamised',
    signals: 'Privaatsussignaalid',
    children: 'Lapsed',
    changes: 'Muudatused ja rikkumised',
    rights: 'Teie õigused',
    contact: 'Kontakt',
    commitments: 'Mida me kunagi ei tee',
    notes: 'Lisateave',
  },
  legalBases: {
    consent: 'Teie nõusolek',
    contract: 'Vajalik meie lepingu täitmiseks teiega',
    'legal-obligation': 'Seadusest tulenev kohustus',
    'vital-interests': 'Kellegi elu kaitsmiseks',
    'public-task': 'Avalikes huvides olev ülesanne',
    'legitimate-interests': 'Meie õigustatud huvid',
  },
};
