import type { summaryStrings as english } from '../../en/summary.js';

/** Lithuanian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privatumas trumpai',
  effective: (date: string, version: string, updated?: string) =>
    `Galioja nuo ${date}, versija ${version}${updated ? `. Paskutinį kartą atnaujinta ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Paskutinį kartą atnaujinta ${date}, versija ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `tema: „${subject}“`,
  optional: 'neprivaloma',
  sensitive: 'jautrūs duomenys',
  sources: { provided: 'pateikta jūsų', automatic: 'surinkta automatiškai', 'third-party': 'iš trečiųjų šalių' },
  dpa: 'Taikoma duomenų tvarkymo sutartis',
  labelCollected: 'Ką renkame',
  labelPurposes: 'Kam',
  labelShared: 'Parduodama ar dalijamasi',
  labelKept: 'Kiek laiko',
  notSold: 'Niekada neparduodama ir ja nesidalijama',
  sold: 'Taip, žr. gavėjus',
  type: 'Duomenys',
  storage: 'Saugojimas ir apsauga',
  legalBasis: 'Teisinis pagrindas',
  recipient: 'Gavėjas',
  location: 'Vieta',
  howLong: 'Saugoma',
  after: (period: string, event: string) => `${period} po įvykio: ${event}`,
  until: (event: string) => `Iki įvykio: ${event}`,
  indefinite: 'Neribotą laiką',
  minimumAge: (age: number) => `Neskirta jaunesniems nei ${age} metų vaikams.`,
  ageIn: (region: string, age: number) => `${region}: jaunesniems nei ${age} metų.`,
  breachWithin: (window: string) => `Pranešimo apie jums įtakos turinčius saugumo pažeidimus terminas: ${window}.`,
  noticeBefore: (period: string) =>
    `Išankstinio pranešimo apie esminius pakeitimus terminas: ne mažiau kaip ${period}.`,
  answerWithin: (period: string) => `Mūsų atsakymo terminas: ${period}.`,
  how: 'Kaip',
  extension: (period: string) => `Galimas termino pratęsimas: ${period}.`,
  requestOnline: 'Užklausos forma šioje svetainėje',
  dpo: 'Duomenų apsaugos pareigūnas',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Parduodame asmeninę informaciją ir dalijamės ja elgsena grindžiamai reklamai įvairiuose kontekstuose.'
      : sells
        ? 'Parduodame asmeninę informaciją.'
        : shares
          ? 'Dalijamės asmenine informacija elgsena grindžiamai reklamai įvairiuose kontekstuose.'
          : 'Neparduodame jūsų asmeninės informacijos ir ja nesidalijame.') as typeof english.sale,
  usedFor: (uses: string) => `Naudojama šiems tikslams: ${uses}`,
  uses: {
    sale: 'asmeninės informacijos pardavimas',
    sharing: 'dalijimasis elgsena grindžiamai reklamai įvairiuose kontekstuose',
    'targeted-advertising': 'tikslinė reklama',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Paisoma',
  honouredNo: 'Nepaisoma',
  roles: {
    processor: 'Duomenų tvarkytojas',
    controller: 'Savarankiškas duomenų valdytojas',
    'third-party': 'Trečioji šalis',
    'user-chosen': 'Jūsų pasirinktas',
  },
  sections: {
    about: 'Kas mes esame',
    collected: 'Kokius duomenis renkame',
    notCollected: 'Kokių duomenų nerenkame',
    purposes: 'Kodėl juos naudojame',
    storage: 'Kur jie saugomi',
    recipients: 'Kas juos gauna',
    retention: 'Kiek laiko juos saugome',
    cookies: 'Slapukai ir saugykla',
    security: 'Saugumas',
    transfers: 'Tarptautiniai perdavimai',
    signals: 'Privatumo signalai',
    children: 'Vaikai',
    changes: 'Pakeitimai ir pažeidimai',
    rights: 'Jūsų teisės',
    contact: 'Kontaktai',
    commitments: 'Ko niekada nedarome',
    notes: 'Daugiau',
  },
  legalBases: {
    consent: 'Jūsų sutikimas',
    contract: 'Būtina mūsų sutarčiai su jumis vykdyti',
    'legal-obligation': 'Teisinė prievolė',
    'vital-interests': 'Siekiant apsaugoti žmogaus gyvybę',
    'public-task': 'Užduotis, vykdoma viešojo intereso labui',
    'legitimate-interests': 'Mūsų teisėti interesai',
  },
};
