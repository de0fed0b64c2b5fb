import type { summaryStrings as english } from '../../en/summary.js';

/** Croatian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privatnost ukratko',
  effective: (date: string, version: string, updated?: string) =>
    `Na snazi od ${date}, verzija ${version}${updated ? `. Posljednje ažuriranje: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Posljednje ažuriranje: ${date}, verzija ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `predmet: „${subject}“`,
  optional: 'neobavezno',
  sensitive: 'osjetljivo',
  sources: { provided: 'od vas', automatic: 'automatski prikupljeno', 'third-party': 'od trećih strana' },
  dpa: 'Obvezan ugovorom o obradi podataka',
  labelCollected: 'Što prikupljamo',
  labelPurposes: 'U koju svrhu',
  labelShared: 'Prodaja ili dijeljenje',
  labelKept: 'Koliko dugo',
  notSold: 'Nikad se ne prodaju niti dijele',
  sold: 'Da – pogledajte tko ih prima',
  type: 'Podaci',
  storage: 'Pohrana i zaštita',
  legalBasis: 'Pravna osnova',
  recipient: 'Primatelj',
  location: 'Lokacija',
  howLong: 'Razdoblje čuvanja',
  after: (period: string, event: string) => `${period} nakon događaja: ${event}`,
  until: (event: string) => `Do događaja: ${event}`,
  indefinite: 'Neograničeno',
  minimumAge: (age: number) => `Nije namijenjeno djeci do navršene ${age}. godine.`,
  ageIn: (region: string, age: number) => `${region}: do navršene ${age}. godine.`,
  breachWithin: (window: string) => `O povredama podataka koje se odnose na vas obavješćujemo najkasnije za ${window}.`,
  noticeBefore: (period: string) => `Bitne promjene najavljujemo najmanje ${period} unaprijed.`,
  answerWithin: (period: string) => `Odgovaramo najkasnije za ${period}.`,
  how: 'Način',
  extension: (period: string) => `Taj se rok može produljiti za ${period}.`,
  requestOnline: 'Obrazac za zahtjeve na ovoj web-stranici',
  dpo: 'Službenik za zaštitu podataka',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Prodajemo osobne podatke i dijelimo ih za bihevioralno oglašavanje temeljeno na aktivnostima na različitim web-stranicama i uslugama.'
      : sells
        ? 'Prodajemo osobne podatke.'
        : shares
          ? 'Dijelimo osobne podatke za bihevioralno oglašavanje temeljeno na aktivnostima na različitim web-stranicama i uslugama.'
          : 'Ne prodajemo niti dijelimo vaše osobne podatke.') as typeof english.sale,
  usedFor: (uses: string) => `Upotreba: ${uses}`,
  uses: {
    sale: 'prodaja osobnih podataka',
    sharing: 'dijeljenje za bihevioralno oglašavanje temeljeno na aktivnostima na različitim web-stranicama i uslugama',
    'targeted-advertising': 'ciljano oglašavanje',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Uvažava se',
  honouredNo: 'Ne uvažava se',
  roles: {
    processor: 'Izvršitelj obrade',
    controller: 'Samostalni voditelj obrade',
    'third-party': 'Treća strana',
    'user-chosen': 'Po vašem odabiru',
  },
  sections: {
    about: 'Tko smo',
    collected: 'Podaci koje prikupljamo',
    notCollected: 'Podaci koje ne prikupljamo',
    purposes: 'Zašto ih upotrebljavamo',
    storage: 'Gdje se pohranjuju',
    recipients: 'Tko ih prima',
    retention: 'Koliko ih dugo čuvamo',
    cookies: 'Kolačići i pohrana',
    security: 'Sigurnost',
    transfers: 'Međunarodni prijenosi',
    signals: 'Signali privatnosti',
    children: 'Djeca',
    changes: 'Promjene i povrede podataka',
    rights: 'Vaša prava',
    contact: 'Kontakt',
    commitments: 'Što nikad ne činimo',
    notes: 'Više',
  },
  legalBases: {
    consent: 'Vaša privola',
    contract: 'Nužno za izvršavanje ugovora s vama',
    'legal-obligation': 'Propisano zakonom',
    'vital-interests': 'Radi zaštite nečijeg života',
    'public-task': 'Zadaća od javnog interesa',
    'legitimate-interests': 'Naši legitimni interesi',
  },
};
