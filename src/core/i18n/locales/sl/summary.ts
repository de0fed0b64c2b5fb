import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('sl', age, { one: 'leta', other: 'let' })}`;

/** Slovenian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Zasebnost na kratko',
  effective: (date: string, version: string, updated?: string) =>
    `Začetek veljavnosti: ${date}, različica ${version}${updated ? `. Zadnja posodobitev: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Zadnja posodobitev: ${date}, različica ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `zadeva: „${subject}“`,
  optional: 'neobvezno',
  sensitive: 'občutljivo',
  sources: { provided: 'od vas', automatic: 'samodejno zbrano', 'third-party': 'od tretjih oseb' },
  dpa: 'Zavezuje ga pogodba o obdelavi podatkov',
  labelCollected: 'Kaj zbiramo',
  labelPurposes: 'Za kaj',
  labelShared: 'Prodaja ali deljenje',
  labelKept: 'Kako dolgo',
  notSold: 'Nikoli se ne prodajajo in ne delijo',
  sold: 'Da – oglejte si, kdo jih prejme',
  type: 'Podatki',
  storage: 'Hramba in zaščita',
  legalBasis: 'Pravna podlaga',
  recipient: 'Prejemnik',
  location: 'Lokacija',
  howLong: 'Rok hrambe',
  after: (period: string, event: string) => `${period} po dogodku: ${event}`,
  until: (event: string) => `Do dogodka: ${event}`,
  indefinite: 'Za nedoločen čas',
  minimumAge: (age: number) => `Ni namenjeno otrokom, mlajšim od ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: mlajši od ${years(age)}.`,
  breachWithin: (window: string) => `Rok za obvestilo o kršitvah varstva podatkov, ki zadevajo vas, je ${window}.`,
  noticeBefore: (period: string) => `Bistvene spremembe objavimo vnaprej; rok je najmanj ${period}.`,
  answerWithin: (period: string) => `Rok za naš odgovor je ${period}.`,
  how: 'Način',
  extension: (period: string) => `Ta rok je mogoče podaljšati za ${period}.`,
  requestOnline: 'Obrazec za zahtevo na tem spletnem mestu',
  dpo: 'Pooblaščena oseba za varstvo podatkov',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Osebne podatke prodajamo in jih delimo za vedenjsko oglaševanje na podlagi dejavnosti na različnih spletnih mestih in storitvah.'
      : sells
        ? 'Osebne podatke prodajamo.'
        : shares
          ? 'Osebne podatke delimo za vedenjsko oglaševanje na podlagi dejavnosti na različnih spletnih mestih in storitvah.'
          : 'Vaših osebnih podatkov ne prodajamo in ne delimo.') as typeof english.sale,
  usedFor: (uses: string) => `Uporaba: ${uses}`,
  uses: {
    sale: 'prodaja osebnih podatkov',
    sharing: 'deljenje za vedenjsko oglaševanje na podlagi dejavnosti na različnih spletnih mestih in storitvah',
    'targeted-advertising': 'ciljno oglaševanje',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Upoštevan',
  honouredNo: 'Ni upoštevan',
  roles: {
    processor: 'Obdelovalec',
    controller: 'Samostojni upravljavec',
    'third-party': 'Tretja oseba',
    'user-chosen': 'Po vaši izbiri',
  },
  sections: {
    about: 'Kdo smo',
    collected: 'Podatki, ki jih zbiramo',
    notCollected: 'Podatki, ki jih ne zbiramo',
    purposes: 'Za kaj jih uporabljamo',
    storage: 'Kje jih hranimo',
    recipients: 'Kdo jih prejme',
    retention: 'Kako dolgo jih hranimo',
    cookies: 'Piškotki in shramba',
    security: 'Varnost',
    transfers: 'Mednarodni prenosi',
    signals: 'Signali zasebnosti',
    children: 'Otroci',
    changes: 'Spremembe in kršitve',
    rights: 'Vaše pravice',
    contact: 'Stik',
    commitments: 'Česa nikoli ne počnemo',
    notes: 'Več',
  },
  legalBases: {
    consent: 'Vaša privolitev',
    contract: 'Potrebno za izvajanje pogodbe z vami',
    'legal-obligation': 'Zahtevano z zakonom',
    'vital-interests': 'Za zaščito življenja posameznika',
    'public-task': 'Naloga v javnem interesu',
    'legitimate-interests': 'Naši zakoniti interesi',
  },
};
