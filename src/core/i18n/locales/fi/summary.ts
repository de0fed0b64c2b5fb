import type { summaryStrings as english } from '../../en/summary.js';

/** Finnish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Tietosuoja lyhyesti',
  effective: (date: string, version: string, updated?: string) =>
    `Voimassa ${date} alkaen, versio ${version}${updated ? `. Päivitetty viimeksi ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Päivitetty viimeksi ${date}, versio ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `aiherivi: ”${subject}”`,
  optional: 'valinnainen',
  sensitive: 'arkaluonteinen',
  sources: {
    provided: 'itse antamasi',
    automatic: 'kerätty automaattisesti',
    'third-party': 'kolmansilta osapuolilta',
  },
  dpa: 'Sidottu tietojenkäsittelysopimukseen',
  labelCollected: 'Mitä keräämme',
  labelPurposes: 'Mihin',
  labelShared: 'Myydäänkö tai jaetaanko',
  labelKept: 'Kuinka kauan',
  notSold: 'Ei koskaan myydä eikä jaeta',
  sold: 'Kyllä, katso vastaanottajat',
  type: 'Tiedot',
  storage: 'Säilytys ja suojaus',
  legalBasis: 'Käsittelyperuste',
  recipient: 'Vastaanottaja',
  location: 'Sijainti',
  howLong: 'Säilytysaika',
  after: (period: string, event: string) => `${period} tapahtumasta: ${event}`,
  until: (event: string) => `Tapahtumaan asti: ${event}`,
  indefinite: 'Toistaiseksi',
  minimumAge: (age: number) => `Ei alle ${age}-vuotiaille.`,
  ageIn: (region: string, age: number) => `${region}: alle ${age}-vuotiaat.`,
  breachWithin: (window: string) =>
    `Ilmoitamme sinua koskevista tietoturvaloukkauksista, ja ilmoitusaika on enintään ${window}.`,
  noticeBefore: (period: string) => `Olennaisista muutoksista ilmoitetaan vähintään ${period} etukäteen.`,
  answerWithin: (period: string) => `Vastausaikamme on enintään ${period}.`,
  how: 'Miten',
  extension: (period: string) => `Määräaikaa voidaan jatkaa vielä ${period}.`,
  requestOnline: 'Tämän sivuston pyyntölomake',
  dpo: 'Tietosuojavastaava',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Myymme henkilökohtaisia tietoja ja jaamme niitä kontekstien väliseen käyttäytymisperusteiseen mainontaan.'
      : sells
        ? 'Myymme henkilökohtaisia tietoja.'
        : shares
          ? 'Jaamme henkilökohtaisia tietoja kontekstien väliseen käyttäytymisperusteiseen mainontaan.'
          : 'Emme myy emmekä jaa henkilökohtaisia tietojasi.') as typeof english.sale,
  usedFor: (uses: string) => `Käyttötarkoitus: ${uses}`,
  uses: {
    sale: 'henkilökohtaisten tietojen myynti',
    sharing: 'jakaminen kontekstien väliseen käyttäytymisperusteiseen mainontaan',
    'targeted-advertising': 'kohdennettu mainonta',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Noudatetaan',
  honouredNo: 'Ei noudateta',
  roles: {
    processor: 'Henkilötietojen käsittelijä',
    controller: 'Itsenäinen rekisterinpitäjä',
    'third-party': 'Kolmas osapuoli',
    'user-chosen': 'Itse valitsemasi',
  },
  sections: {
    about: 'Keitä olemme',
    collected: 'Keräämämme tiedot',
    notCollected: 'Tiedot, joita emme kerää',
    purposes: 'Miksi käytämme tietoja',
    storage: 'Missä tietoja säilytetään',
    recipients: 'Kuka tiedot saa',
    retention: 'Kuinka kauan säilytämme tietoja',
    cookies: 'Evästeet ja tallennus',
    security: 'Tietoturva',
    transfers: 'Kansainväliset siirrot',
    signals: 'Tietosuojasignaalit',
    children: 'Lapset',
    changes: 'Muutokset ja tietoturvaloukkaukset',
    rights: 'Oikeutesi',
    contact: 'Yhteystiedot',
    commitments: 'Mitä emme koskaan tee',
    notes: 'Lisätietoja',
  },
  legalBases: {
    consent: 'Suostumuksesi',
    contract: 'Tarpeen kanssasi tehdyn sopimuksen vuoksi',
    'legal-obligation': 'Lakisääteinen velvoite',
    'vital-interests': 'Jonkun hengen suojaamiseksi',
    'public-task': 'Yleisen edun mukainen tehtävä',
    'legitimate-interests': 'Oikeutetut etumme',
  },
};
