import type { summaryStrings as english } from '../../en/summary.js';

/** Irish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Príobháideachas go hachomair',
  effective: (date: string, version: string, updated?: string) =>
    `I bhfeidhm ó ${date}, leagan ${version}${updated ? `. Nuashonraithe go deireanach ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Nuashonraithe go deireanach ${date}, leagan ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `líne ábhair: “${subject}”`,
  optional: 'roghnach',
  sensitive: 'íogair',
  sources: { provided: 'tugtha agat', automatic: 'bailithe go huathoibríoch', 'third-party': 'ó thríú páirtithe' },
  dpa: 'Faoi cheangal ag comhaontú próiseála sonraí',
  labelCollected: 'A mbailímid',
  labelPurposes: 'Cén fáth',
  labelShared: 'Díolta nó comhroinnte',
  labelKept: 'Cá fhad',
  notSold: 'Ní dhíoltar ná ní chomhroinntear riamh',
  sold: 'Tá, féach cé a fhaigheann iad',
  type: 'Sonraí',
  storage: 'Stóráil agus cosaint',
  legalBasis: 'Bunús dlí',
  recipient: 'Faighteoir',
  location: 'Láthair',
  howLong: 'Coinnítear',
  after: (period: string, event: string) => `${period} tar éis an teagmhais seo: ${event}`,
  until: (event: string) => `Go dtí: ${event}`,
  indefinite: 'Go héiginnte',
  minimumAge: (age: number) => `Níl sé ceaptha do leanaí faoi bhun aois ${age}.`,
  ageIn: (region: string, age: number) => `${region}: faoi bhun aois ${age}.`,
  breachWithin: (window: string) => `Nochtar sáruithe a bhaineann leat laistigh de ${window}.`,
  noticeBefore: (period: string) => `Fógraítear athruithe ábhartha ${period} ar a laghad roimh ré.`,
  answerWithin: (period: string) => `Tugaimid freagra laistigh de ${period}.`,
  how: 'Conas',
  extension: (period: string) => `Is féidir an tréimhse seo a shíneadh le ${period} eile.`,
  requestOnline: 'An fhoirm iarratais ar an suíomh seo',
  dpo: 'Oifigeach cosanta sonraí',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Díolaimid faisnéis phearsanta agus comhroinnimid í le haghaidh fógraíochta iompraíochta traschomhthéacs.'
      : sells
        ? 'Díolaimid faisnéis phearsanta.'
        : shares
          ? 'Comhroinnimid faisnéis phearsanta le haghaidh fógraíochta iompraíochta traschomhthéacs.'
          : 'Ní dhíolaimid agus ní chomhroinnimid d’fhaisnéis phearsanta.') as typeof english.sale,
  usedFor: (uses: string) => `Úsáidtear le haghaidh: ${uses}`,
  uses: {
    sale: 'díol faisnéise pearsanta',
    sharing: 'comhroinnt le haghaidh fógraíochta iompraíochta traschomhthéacs',
    'targeted-advertising': 'fógraíocht spriocdhírithe',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Cloítear leis',
  honouredNo: 'Ní chloítear leis',
  roles: {
    processor: 'Próiseálaí',
    controller: 'Rialaitheoir neamhspleách',
    'third-party': 'Tríú páirtí',
    'user-chosen': 'Roghnaithe agat',
  },
  sections: {
    about: 'Cé muid féin',
    collected: 'Sonraí a bhailímid',
    notCollected: 'Sonraí nach mbailímid',
    purposes: 'Cén fáth a n-úsáidimid iad',
    storage: 'Cá stóráiltear iad',
    recipients: 'Cé a fhaigheann iad',
    retention: 'Cá fhad a choinnímid iad',
    cookies: 'Fianáin agus stóráil',
    security: 'Slándáil',
    transfers: 'Aistrithe idirnáisiúnta',
    signals: 'Comharthaí príobháideachais',
    children: 'Leanaí',
    changes: 'Athruithe agus sáruithe',
    rights: 'Do chearta',
    contact: 'Teagmháil',
    commitments: 'Rudaí nach ndéanaimid riamh',
    notes: 'Tuilleadh',
  },
  legalBases: {
    consent: 'Do thoiliú',
    contract: 'Riachtanach dár gconradh leat',
    'legal-obligation': 'Ceanglaithe ag an dlí',
    'vital-interests': 'Chun beatha duine a chosaint',
    'public-task': 'Tasc ar mhaithe le leas an phobail',
    'legitimate-interests': 'Ár leasanna dlisteanacha',
  },
};
