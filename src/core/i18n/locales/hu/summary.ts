import type { summaryStrings as english } from '../../en/summary.js';

/** Hungarian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Adatvédelem dióhéjban',
  effective: (date: string, version: string, updated?: string) =>
    `Hatályos ettől: ${date}, verzió: ${version}${updated ? `. Utolsó frissítés: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Utolsó frissítés: ${date}, verzió: ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `tárgy: „${subject}”`,
  optional: 'nem kötelező',
  sensitive: 'érzékeny',
  sources: { provided: 'Ön adta meg', automatic: 'automatikusan gyűjtött', 'third-party': 'harmadik felektől' },
  dpa: 'Adatfeldolgozási szerződés köti',
  labelCollected: 'Mit gyűjtünk',
  labelPurposes: 'Milyen célra',
  labelShared: 'Eladás vagy megosztás',
  labelKept: 'Meddig',
  notSold: 'Soha nem adjuk el és nem osztjuk meg',
  sold: 'Igen, tekintse meg, ki kapja meg',
  type: 'Adat',
  storage: 'Tárolás és védelem',
  legalBasis: 'Jogalap',
  recipient: 'Címzett',
  location: 'Helyszín',
  howLong: 'Megőrzés',
  after: (period: string, event: string) => `${event} után ${period}`,
  until: (event: string) => `Eddig: ${event}`,
  indefinite: 'Határozatlan ideig',
  minimumAge: (age: number) => `Nem szól ${age} év alatti gyermekeknek.`,
  ageIn: (region: string, age: number) => `${region}: ${age} év alatt.`,
  breachWithin: (window: string) =>
    `Az Önt érintő adatvédelmi incidenseket legfeljebb ennyi időn belül jelezzük: ${window}.`,
  noticeBefore: (period: string) => `A lényeges változásokat legalább ennyivel előre bejelentjük: ${period}.`,
  answerWithin: (period: string) => `Ennyi időn belül válaszolunk: ${period}.`,
  how: 'Hogyan',
  extension: (period: string) => `Ez a határidő ennyivel meghosszabbítható: ${period}.`,
  requestOnline: 'A webhely kérelmi űrlapja',
  dpo: 'Adatvédelmi tisztviselő',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Személyes információkat adunk el, és megosztjuk őket más webhelyeken és szolgáltatásokban tanúsított viselkedésen alapuló reklámozás céljából.'
      : sells
        ? 'Személyes információkat adunk el.'
        : shares
          ? 'Személyes információkat osztunk meg más webhelyeken és szolgáltatásokban tanúsított viselkedésen alapuló reklámozás céljából.'
          : 'Nem adjuk el és nem osztjuk meg az Ön személyes információit.') as typeof english.sale,
  usedFor: (uses: string) => `Felhasználás: ${uses}`,
  uses: {
    sale: 'személyes információk eladása',
    sharing: 'megosztás más webhelyeken és szolgáltatásokban tanúsított viselkedésen alapuló reklámozás céljából',
    'targeted-advertising': 'célzott reklámozás',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Tiszteletben tartjuk',
  honouredNo: 'Nem tartjuk tiszteletben',
  roles: {
    processor: 'Adatfeldolgozó',
    controller: 'Önálló adatkezelő',
    'third-party': 'Harmadik fél',
    'user-chosen': 'Ön választotta',
  },
  sections: {
    about: 'Kik vagyunk',
    collected: 'Az általunk gyűjtött adatok',
    notCollected: 'Adatok, amelyeket nem gyűjtünk',
    purposes: 'Mire használjuk',
    storage: 'Hol tároljuk',
    recipients: 'Ki kapja meg',
    retention: 'Meddig őrizzük',
    cookies: 'Sütik és tárolás',
    security: 'Biztonság',
    transfers: 'Nemzetközi adattovábbítás',
    signals: 'Adatvédelmi jelzések',
    children: 'Gyermekek',
    changes: 'Változások és incidensek',
    rights: 'Az Ön jogai',
    contact: 'Kapcsolat',
    commitments: 'Amit soha nem teszünk',
    notes: 'Egyéb',
  },
  legalBases: {
    consent: 'Az Ön hozzájárulása',
    contract: 'Az Önnel kötött szerződésünkhöz szükséges',
    'legal-obligation': 'Jogszabály írja elő',
    'vital-interests': 'Valakinek az élete védelmében',
    'public-task': 'Közérdekű feladat',
    'legitimate-interests': 'Jogos érdekeink',
  },
};
