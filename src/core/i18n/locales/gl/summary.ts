import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('gl', age, { one: 'ano', other: 'anos' })}`;

/** Galician UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'A privacidade dunha ollada',
  effective: (date: string, version: string, updated?: string) =>
    `En vigor desde o ${date}, versión ${version}${updated ? `. Última actualización: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Última actualización: ${date}, versión ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `asunto: «${subject}»`,
  optional: 'opcional',
  sensitive: 'sensible',
  sources: {
    provided: 'facilitados por vostede',
    automatic: 'recollidos automaticamente',
    'third-party': 'de terceiros',
  },
  dpa: 'Vinculado por un contrato de encargo do tratamento',
  labelCollected: 'Que recollemos',
  labelPurposes: 'Para que',
  labelShared: 'Venda ou intercambio',
  labelKept: 'Canto tempo',
  notSold: 'Nunca se venden nin se intercambian',
  sold: 'Si, vexa quen os recibe',
  type: 'Datos',
  storage: 'Almacenamento e protección',
  legalBasis: 'Base xurídica',
  recipient: 'Destinatario',
  location: 'Localización',
  howLong: 'Conservación',
  after: (period: string, event: string) => `${period} despois de ${event}`,
  until: (event: string) => `Ata ${event}`,
  indefinite: 'Indefinidamente',
  minimumAge: (age: number) => `Non está destinado a menores de ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: menores de ${years(age)}.`,
  breachWithin: (window: string) => `As violacións de seguridade que lle afecten comunícanse nun prazo de ${window}.`,
  noticeBefore: (period: string) => `Os cambios importantes anúncianse con polo menos ${period} de antelación.`,
  answerWithin: (period: string) => `Respondemos nun prazo de ${period}.`,
  how: 'Como',
  extension: (period: string) => `Este prazo pode ampliarse en ${period}.`,
  requestOnline: 'O formulario de solicitude deste sitio web',
  dpo: 'Delegado de protección de datos',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vendemos información persoal e intercambiámola para publicidade comportamental entre contextos.'
      : sells
        ? 'Vendemos información persoal.'
        : shares
          ? 'Intercambiamos información persoal para publicidade comportamental entre contextos.'
          : 'Non vendemos nin intercambiamos a súa información persoal.') as typeof english.sale,
  usedFor: (uses: string) => `Usado para: ${uses}`,
  uses: {
    sale: 'venda de información persoal',
    sharing: 'intercambio para publicidade comportamental entre contextos',
    'targeted-advertising': 'publicidade dirixida',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respectado',
  honouredNo: 'Non respectado',
  roles: {
    processor: 'Encargado do tratamento',
    controller: 'Responsable do tratamento independente',
    'third-party': 'Terceiro',
    'user-chosen': 'Escollido por vostede',
  },
  sections: {
    about: 'Quen somos',
    collected: 'Datos que recollemos',
    notCollected: 'Datos que non recollemos',
    purposes: 'Para que os usamos',
    storage: 'Onde se almacenan',
    recipients: 'Quen os recibe',
    retention: 'Canto tempo os conservamos',
    cookies: 'Cookies e almacenamento',
    security: 'Seguridade',
    transfers: 'Transferencias internacionais',
    signals: 'Sinais de privacidade',
    children: 'Menores',
    changes: 'Cambios e violacións de seguridade',
    rights: 'Os seus dereitos',
    contact: 'Contacto',
    commitments: 'O que nunca facemos',
    notes: 'Máis',
  },
  legalBases: {
    consent: 'O seu consentimento',
    contract: 'Necesario para o noso contrato con vostede',
    'legal-obligation': 'Obrigatorio por lei',
    'vital-interests': 'Para protexer a vida dunha persoa',
    'public-task': 'Unha misión de interese público',
    'legitimate-interests': 'Os nosos intereses lexítimos',
  },
};
