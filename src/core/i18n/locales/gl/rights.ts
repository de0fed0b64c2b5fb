import type { rightsStrings as english } from '../../en/rights.js';

/** Galician UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Abrir o formulario de solicitude',
  requestAnyAuthority:
    'Pode presentar unha reclamación ante a autoridade de protección de datos do lugar onde vive, onde traballa ou onde considere que se vulneraron os seus dereitos.',
  rights: {
    access: ['Dereito de acceso', 'Saiba que datos persoais temos sobre vostede e obteña unha copia.'],
    rectification: [
      'Dereito de rectificación',
      'Obteña a corrección dos datos inexactos ou que se completen os incompletos.',
    ],
    erasure: ['Dereito de supresión', 'Obteña a supresión dos seus datos persoais.'],
    restriction: [
      'Dereito á limitación do tratamento',
      'Pídanos que conservemos os seus datos pero que deixemos de usalos polo de agora.',
    ],
    portability: [
      'Dereito á portabilidade dos datos',
      'Reciba os seus datos nun formato de lectura mecánica para levalos a outro lugar.',
    ],
    objection: [
      'Dereito de oposición',
      'Opóñase aos usos baseados nos nosos intereses lexítimos ou á mercadotecnia directa.',
    ],
    'withdraw-consent': [
      'Dereito a retirar o consentimento',
      'Retire o consentimento que deu, coa mesma facilidade coa que o deu.',
    ],
    'automated-decisions': [
      'Dereito a non ser obxecto de decisións individuais automatizadas',
      'Non ser obxecto de decisións tomadas unicamente por unha máquina.',
    ],
    complaint: [
      'Dereito a presentar unha reclamación ante unha autoridade de control',
      'Presente unha reclamación ante unha autoridade de protección de datos.',
    ],
    know: ['Dereito a saber', 'Coñeza que información persoal recollemos, usamos e divulgamos.'],
    'opt-out-sale': [
      'Dereito a excluírse da venda ou o intercambio',
      'Deteña a venda ou o intercambio da súa información persoal.',
    ],
    'limit-sensitive': [
      'Dereito a limitar o uso e a divulgación da información persoal confidencial',
      'Limite como usamos a información persoal confidencial.',
    ],
    'non-discrimination': [
      'Dereito a non sufrir discriminación',
      'Non recibirá un trato diferente por exercer os seus dereitos.',
    ],
    'opt-out-marketing': [
      'Deixar de recibir mensaxes publicitarias',
      'Déase de baixa das comunicacións non esenciais.',
    ],
  },
  dates: {
    lang: 'gl',
    months: [
      '{d} de xaneiro de {y}',
      '{d} de febreiro de {y}',
      '{d} de marzo de {y}',
      '{d} de abril de {y}',
      '{d} de maio de {y}',
      '{d} de xuño de {y}',
      '{d} de xullo de {y}',
      '{d} de agosto de {y}',
      '{d} de setembro de {y}',
      '{d} de outubro de {y}',
      '{d} de novembro de {y}',
      '{d} de decembro de {y}',
    ],
  },
};
