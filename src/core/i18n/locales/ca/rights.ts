import type { rightsStrings as english } from '../../en/rights.js';

/** Catalan UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Obrir el formulari de sol·licitud',
  requestAnyAuthority:
    'Pot presentar una reclamació davant l’autoritat de protecció de dades del lloc on viu, on treballa o on consideri que s’han vulnerat els seus drets.',
  rights: {
    access: ['Dret d’accés', 'Saber quines dades personals tenim sobre vostè i obtenir-ne una còpia.'],
    rectification: ['Dret de rectificació', 'Fer corregir dades inexactes o incompletes.'],
    erasure: ['Dret de supressió', 'Fer suprimir les seves dades personals.'],
    restriction: [
      'Dret a la limitació del tractament',
      'Demanar-nos que conservem les seves dades però que deixem d’utilitzar-les de moment.',
    ],
    portability: [
      'Dret a la portabilitat de les dades',
      'Rebre les seves dades en un format de lectura mecànica per portar-les a un altre lloc.',
    ],
    objection: [
      'Dret d’oposició',
      'Oposar-se als usos basats en els nostres interessos legítims o a la mercadotècnia directa.',
    ],
    'withdraw-consent': [
      'Dret a retirar el consentiment',
      'Retirar el consentiment que ha donat, amb la mateixa facilitat amb què el va donar.',
    ],
    'automated-decisions': [
      'Dret a no ser objecte de decisions automatitzades',
      'No ser objecte de decisions preses únicament per una màquina.',
    ],
    complaint: [
      'Dret a presentar una reclamació davant d’una autoritat de control',
      'Presentar una reclamació davant d’una autoritat de protecció de dades.',
    ],
    know: ['Dret a saber', 'Saber quina informació personal recollim, utilitzem i divulguem.'],
    'opt-out-sale': [
      'Dret a excloure’s de la venda o l’intercanvi',
      'Aturar la venda o l’intercanvi de la seva informació personal.',
    ],
    'limit-sensitive': [
      'Dret a limitar l’ús i la divulgació de la informació personal sensible',
      'Limitar com utilitzem la informació personal sensible.',
    ],
    'non-discrimination': ['Dret a no patir discriminació', 'No rebrà un tracte diferent per exercir els seus drets.'],
    'opt-out-marketing': [
      'Deixar de rebre missatges publicitaris',
      'Donar-se de baixa de les comunicacions no essencials.',
    ],
  },
  dates: {
    lang: 'ca',
    months: [
      '{d} de gener del {y}',
      '{d} de febrer del {y}',
      '{d} de març del {y}',
      '{d} d’abril del {y}',
      '{d} de maig del {y}',
      '{d} de juny del {y}',
      '{d} de juliol del {y}',
      '{d} d’agost del {y}',
      '{d} de setembre del {y}',
      '{d} d’octubre del {y}',
      '{d} de novembre del {y}',
      '{d} de desembre del {y}',
    ],
  },
};
