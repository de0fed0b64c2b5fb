import type { rightsStrings as english } from '../../en/rights.js';

/** Latin American Spanish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Abrir el formulario de solicitud',
  requestAnyAuthority:
    'Puede presentar un reclamo ante la autoridad de protección de datos del lugar donde vive, donde trabaja o donde considere que se vulneraron sus derechos.',
  rights: {
    access: ['Derecho de acceso', 'Consultar qué datos personales tenemos sobre usted y obtener una copia.'],
    rectification: ['Derecho de rectificación', 'Pedir que se corrijan los datos inexactos o incompletos.'],
    erasure: ['Derecho de supresión', 'Pedir que se eliminen sus datos personales.'],
    restriction: [
      'Derecho a la limitación del tratamiento',
      'Pedirnos que conservemos sus datos pero dejemos de usarlos por ahora.',
    ],
    portability: [
      'Derecho a la portabilidad de los datos',
      'Recibir sus datos en un formato de lectura mecánica para llevarlos a otro lugar.',
    ],
    objection: [
      'Derecho de oposición',
      'Oponerse a los usos basados en nuestros intereses legítimos o a la mercadotecnia directa.',
    ],
    'withdraw-consent': [
      'Derecho a retirar el consentimiento',
      'Retirar el consentimiento que dio, con la misma facilidad con que lo dio.',
    ],
    'automated-decisions': [
      'Derecho a no ser objeto de decisiones automatizadas',
      'No ser objeto de decisiones tomadas únicamente por una máquina.',
    ],
    complaint: [
      'Derecho a presentar una reclamación ante una autoridad de control',
      'Presentar un reclamo ante una autoridad de protección de datos.',
    ],
    know: ['Derecho a saber', 'Saber qué información personal recopilamos, usamos y divulgamos.'],
    'opt-out-sale': [
      'Derecho a excluirse de la venta o el intercambio',
      'Detener la venta o el intercambio de su información personal.',
    ],
    'limit-sensitive': [
      'Derecho a limitar el uso y la divulgación de la información personal confidencial',
      'Limitar cómo usamos la información personal confidencial.',
    ],
    'non-discrimination': [
      'Derecho a no sufrir discriminación',
      'No recibirá un trato diferente por ejercer sus derechos.',
    ],
    'opt-out-marketing': [
      'Dejar de recibir mensajes publicitarios',
      'Cancelar la suscripción a las comunicaciones no esenciales.',
    ],
  },
  dates: {
    lang: 'es',
    regions: '-HN PE UY',
    months: [
      '{d} de enero de {y}',
      '{d} de febrero de {y}',
      '{d} de marzo de {y}',
      '{d} de abril de {y}',
      '{d} de mayo de {y}',
      '{d} de junio de {y}',
      '{d} de julio de {y}',
      '{d} de agosto de {y}',
      '{d} de septiembre de {y}',
      '{d} de octubre de {y}',
      '{d} de noviembre de {y}',
      '{d} de diciembre de {y}',
    ],
  },
};
