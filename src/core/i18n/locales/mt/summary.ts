import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) =>
  plural('mt', age, { one: 'sena', two: 'sentejn', few: `${age} snin`, many: `${age}-il sena`, other: `${age} sena` });

/** Maltese UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Il-privatezza f’daqqa t’għajn',
  effective: (date: string, version: string, updated?: string) =>
    `Fis-seħħ minn ${date}, verżjoni ${version}${updated ? `. L-aħħar aġġornament: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `L-aħħar aġġornament: ${date}, verżjoni ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `suġġett: “${subject}”`,
  optional: 'fakultattiv',
  sensitive: 'sensittiv',
  sources: { provided: 'mogħtija minnek', automatic: 'miġbura awtomatikament', 'third-party': 'minn partijiet terzi' },
  dpa: 'Marbut bi ftehim dwar l-ipproċessar tad-data',
  labelCollected: 'X’niġbru',
  labelPurposes: 'Għal xiex',
  labelShared: 'Mibjugħa jew maqsuma',
  labelKept: 'Għal kemm żmien',
  notSold: 'Qatt mhi mibjugħa jew maqsuma',
  sold: 'Iva, ara min jirċeviha',
  type: 'Tip ta’ data',
  storage: 'Ħażna u protezzjoni',
  legalBasis: 'Bażi legali',
  recipient: 'Riċevitur',
  location: 'Post',
  howLong: 'Miżmuma',
  after: (period: string, event: string) => `${period} wara ${event}`,
  until: (event: string) => `Sa ${event}`,
  indefinite: 'Għal żmien indefinit',
  minimumAge: (age: number) => `Mhux għal tfal taħt l-età ta’ ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: taħt l-età ta’ ${years(age)}.`,
  breachWithin: (window: string) =>
    `Il-każijiet ta’ ksur ta’ data personali li jaffettwawk jiġu żvelati fi żmien ${window}.`,
  noticeBefore: (period: string) => `It-tibdiliet materjali jitħabbru mill-inqas ${period} qabel.`,
  answerWithin: (period: string) => `Inwieġbu fi żmien ${period}.`,
  how: 'Kif',
  extension: (period: string) => `Dan iż-żmien jista’ jiġi estiż b’${period}.`,
  requestOnline: 'Il-formola tat-talba fuq dan is-sit',
  dpo: 'Uffiċjal tal-protezzjoni tad-data',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Aħna nbigħu informazzjoni personali u naqsmuha għal reklamar ibbażat fuq l-imġiba f’siti u servizzi oħra.'
      : sells
        ? 'Aħna nbigħu informazzjoni personali.'
        : shares
          ? 'Aħna naqsmu informazzjoni personali għal reklamar ibbażat fuq l-imġiba f’siti u servizzi oħra.'
          : 'Aħna ma nbigħux u ma naqsmux l-informazzjoni personali tiegħek.') as typeof english.sale,
  usedFor: (uses: string) => `Użata għal: ${uses}`,
  uses: {
    sale: 'bejgħ ta’ informazzjoni personali',
    sharing: 'qsim għal reklamar ibbażat fuq l-imġiba f’siti u servizzi oħra',
    'targeted-advertising': 'reklamar immirat',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Rispettat',
  honouredNo: 'Mhux rispettat',
  roles: {
    processor: 'Proċessur',
    controller: 'Kontrollur indipendenti',
    'third-party': 'Parti terza',
    'user-chosen': 'Magħżul minnek',
  },
  sections: {
    about: 'Min aħna',
    collected: 'Id-data li niġbru',
    notCollected: 'Id-data li ma niġbrux',
    purposes: 'Għalfejn nużawha',
    storage: 'Fejn tinħażen',
    recipients: 'Min jirċeviha',
    retention: 'Kemm inżommuha',
    cookies: 'Cookies u ħażna',
    security: 'Sigurtà',
    transfers: 'Trasferimenti internazzjonali',
    signals: 'Sinjali tal-privatezza',
    children: 'Tfal',
    changes: 'Tibdiliet u ksur',
    rights: 'Id-drittijiet tiegħek',
    contact: 'Kuntatt',
    commitments: 'Dak li qatt ma nagħmlu',
    notes: 'Aktar',
  },
  legalBases: {
    consent: 'Il-kunsens tiegħek',
    contract: 'Meħtieġ għall-kuntratt tagħna miegħek',
    'legal-obligation': 'Meħtieġ mil-liġi',
    'vital-interests': 'Biex tiġi protetta l-ħajja ta’ xi ħadd',
    'public-task': 'Kompitu fl-interess pubbliku',
    'legitimate-interests': 'L-interessi leġittimi tagħna',
  },
};
