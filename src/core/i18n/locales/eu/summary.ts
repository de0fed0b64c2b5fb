import type { summaryStrings as english } from '../../en/summary.js';

/** Basque UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Pribatutasuna laburbilduta',
  effective: (date: string, version: string, updated?: string) =>
    `Indarrean noiztik: ${date}; bertsioa: ${version}${updated ? `. Azken eguneratzea: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Azken eguneratzea: ${date}; bertsioa: ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `gaia: «${subject}»`,
  optional: 'aukerakoa',
  sensitive: 'sentikorra',
  sources: { provided: 'zuk emanak', automatic: 'automatikoki bilduak', 'third-party': 'hirugarrenengandik' },
  dpa: 'Datuen tratamenduari buruzko kontratu batek lotuta',
  labelCollected: 'Zer biltzen dugun',
  labelPurposes: 'Zertarako',
  labelShared: 'Saldu edo partekatu',
  labelKept: 'Zenbat denboran',
  notSold: 'Ez da inoiz saltzen ez partekatzen',
  sold: 'Bai, ikusi nork jasotzen dituen',
  type: 'Datuak',
  storage: 'Biltegiratzea eta babesa',
  legalBasis: 'Oinarri juridikoa',
  recipient: 'Hartzailea',
  location: 'Kokapena',
  howLong: 'Gordetzea',
  after: (period: string, event: string) => `${event}: ${period} geroago`,
  until: (event: string) => `Noiz arte: ${event}`,
  indefinite: 'Epe mugagabean',
  minimumAge: (age: number) => `Ez da ${age} urtetik beherako haurrentzat.`,
  ageIn: (region: string, age: number) => `${region}: ${age} urtetik behera.`,
  breachWithin: (window: string) =>
    `Zuri eragiten dizuten segurtasun-hausteak epe honetan jakinarazten dira: ${window}.`,
  noticeBefore: (period: string) =>
    `Funtsezko aldaketak gutxienez honenbeste denbora lehenago iragartzen dira: ${period}.`,
  answerWithin: (period: string) => `Epe honetan erantzuten dugu: ${period}.`,
  how: 'Nola',
  extension: (period: string) => `Epe hori honenbeste luza daiteke: ${period}.`,
  requestOnline: 'Webgune honetako eskaera-inprimakia',
  dpo: 'Datuak babesteko ordezkaria',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Informazio pertsonala saltzen dugu, eta beste webgune eta zerbitzu batzuetako jokabidean oinarritutako publizitaterako partekatzen dugu.'
      : sells
        ? 'Informazio pertsonala saltzen dugu.'
        : shares
          ? 'Informazio pertsonala partekatzen dugu beste webgune eta zerbitzu batzuetako jokabidean oinarritutako publizitaterako.'
          : 'Ez dugu zure informazio pertsonala saltzen ez partekatzen.') as typeof english.sale,
  usedFor: (uses: string) => `Erabilera: ${uses}`,
  uses: {
    sale: 'informazio pertsonalaren salmenta',
    sharing: 'beste webgune eta zerbitzu batzuetako jokabidean oinarritutako publizitaterako partekatzea',
    'targeted-advertising': 'publizitate zuzendua',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Errespetatzen da',
  honouredNo: 'Ez da errespetatzen',
  roles: {
    processor: 'Tratamendu-eragilea',
    controller: 'Tratamenduaren arduradun independentea',
    'third-party': 'Hirugarrena',
    'user-chosen': 'Zuk aukeratua',
  },
  sections: {
    about: 'Nor garen',
    collected: 'Biltzen ditugun datuak',
    notCollected: 'Biltzen ez ditugun datuak',
    purposes: 'Zertarako erabiltzen ditugun',
    storage: 'Non gordetzen diren',
    recipients: 'Nork jasotzen dituen',
    retention: 'Zenbat denboran gordetzen ditugun',
    cookies: 'Cookieak eta biltegiratzea',
    security: 'Segurtasuna',
    transfers: 'Nazioarteko transferentziak',
    signals: 'Pribatutasun-seinaleak',
    children: 'Haurrak',
    changes: 'Aldaketak eta segurtasun-hausteak',
    rights: 'Zure eskubideak',
    contact: 'Harremanetarako',
    commitments: 'Inoiz egiten ez duguna',
    notes: 'Gehiago',
  },
  legalBases: {
    consent: 'Zure baimena',
    contract: 'Zurekin dugun kontraturako beharrezkoa',
    'legal-obligation': 'Legeak eskatzen du',
    'vital-interests': 'Norbaiten bizitza babesteko',
    'public-task': 'Interes publikoko eginkizun bat',
    'legitimate-interests': 'Gure interes legitimoak',
  },
};
