import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('es-419', age, { one: 'año', other: 'años' })}`;

/** Latin American Spanish UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privacidad en resumen',
  effective: (date: string, version: string, updated?: string) =>
    `Vigente desde el ${date}, versión ${version}${updated ? `. Última actualización: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Última actualización: ${date}, versión ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `asunto: “${subject}”`,
  optional: 'opcional',
  sensitive: 'sensible',
  sources: {
    provided: 'proporcionado por usted',
    automatic: 'recopilado automáticamente',
    'third-party': 'de terceros',
  },
  dpa: 'Sujeto a un acuerdo de tratamiento de datos',
  labelCollected: 'Qué recopilamos',
  labelPurposes: 'Para qué',
  labelShared: 'Vendidos o compartidos',
  labelKept: 'Cuánto tiempo',
  notSold: 'Nunca se venden ni se comparten',
  sold: 'Sí, vea quién los recibe',
  type: 'Datos',
  storage: 'Almacenamiento y protección',
  legalBasis: 'Base legal',
  recipient: 'Destinatario',
  location: 'Ubicación',
  howLong: 'Conservación',
  after: (period: string, event: string) => `${period} después de ${event}`,
  until: (event: string) => `Hasta ${event}`,
  indefinite: 'Indefinidamente',
  minimumAge: (age: number) => `No está dirigido a menores de ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: menores de ${years(age)}.`,
  breachWithin: (window: string) =>
    `Los incidentes de seguridad que lo afecten se le notifican en un plazo de ${window}.`,
  noticeBefore: (period: string) => `Los cambios importantes se anuncian con al menos ${period} de anticipación.`,
  answerWithin: (period: string) => `Respondemos en un plazo de ${period}.`,
  how: 'Cómo',
  extension: (period: string) => `Este plazo puede extenderse ${period} más.`,
  requestOnline: 'El formulario de solicitud de este sitio',
  dpo: 'Delegado de protección de datos',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vendemos información personal y la compartimos para publicidad conductual entre contextos.'
      : sells
        ? 'Vendemos información personal.'
        : shares
          ? 'Compartimos información personal para publicidad conductual entre contextos.'
          : 'No vendemos ni compartimos su información personal.') as typeof english.sale,
  usedFor: (uses: string) => `Uso: ${uses}`,
  uses: {
    sale: 'venta de información personal',
    sharing: 'intercambio para publicidad conductual entre contextos',
    'targeted-advertising': 'publicidad dirigida',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respetada',
  honouredNo: 'No respetada',
  roles: {
    processor: 'Encargado del tratamiento',
    controller: 'Responsable independiente',
    'third-party': 'Tercero',
    'user-chosen': 'Elegido por usted',
  },
  sections: {
    about: 'Quiénes somos',
    collected: 'Datos que recopilamos',
    notCollected: 'Datos que no recopilamos',
    purposes: 'Para qué los usamos',
    storage: 'Dónde se almacenan',
    recipients: 'Quién los recibe',
    retention: 'Cuánto tiempo los conservamos',
    cookies: 'Cookies y almacenamiento',
    security: 'Seguridad',
    transfers: 'Transferencias internacionales',
    signals: 'Señales de privacidad',
    children: 'Menores',
    changes: 'Cambios e incidentes de seguridad',
    rights: 'Sus derechos',
    contact: 'Contacto',
    commitments: 'Lo que nunca hacemos',
    notes: 'Más información',
  },
  legalBases: {
    consent: 'Su consentimiento',
    contract: 'Necesario para nuestro contrato con usted',
    'legal-obligation': 'Obligación legal',
    'vital-interests': 'Para proteger la vida de una persona',
    'public-task': 'Misión de interés público',
    'legitimate-interests': 'Nuestros intereses legítimos',
  },
};
