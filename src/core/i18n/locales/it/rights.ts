import type { rightsStrings as english } from '../../en/rights.js';

/** Italian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Apri il modulo di richiesta',
  requestAnyAuthority:
    'Può presentare un reclamo all’autorità di protezione dei dati del luogo in cui vive, in cui lavora o in cui ritiene che i suoi diritti siano stati violati.',
  rights: {
    access: ['Diritto di accesso', 'Sapere quali dati personali conserviamo su di lei e riceverne una copia.'],
    rectification: ['Diritto di rettifica', 'Far correggere dati inesatti o incompleti.'],
    erasure: ['Diritto alla cancellazione', 'Far cancellare i suoi dati personali.'],
    restriction: [
      'Diritto di limitazione di trattamento',
      'Chiederci di conservare i suoi dati ma di non utilizzarli per ora.',
    ],
    portability: [
      'Diritto alla portabilità dei dati',
      'Ricevere i suoi dati in un formato leggibile da dispositivo automatico per trasferirli altrove.',
    ],
    objection: [
      'Diritto di opposizione',
      'Opporsi ai trattamenti basati sui nostri legittimi interessi o al marketing diretto.',
    ],
    'withdraw-consent': [
      'Diritto di revocare il consenso',
      'Revocare il consenso prestato, con la stessa facilità con cui lo ha dato.',
    ],
    'automated-decisions': [
      'Diritto di non essere sottoposto a un processo decisionale automatizzato',
      'Non essere sottoposto a decisioni prese unicamente da una macchina.',
    ],
    complaint: [
      'Diritto di proporre reclamo all’autorità di controllo',
      'Presentare un reclamo a un’autorità di protezione dei dati.',
    ],
    know: ['Diritto di sapere', 'Sapere quali informazioni personali raccogliamo, utilizziamo e comunichiamo.'],
    'opt-out-sale': [
      'Diritto di opporsi alla vendita/condivisione',
      'Fermare la vendita o la condivisione delle sue informazioni personali.',
    ],
    'limit-sensitive': [
      'Diritto di limitare l’uso e la comunicazione delle informazioni personali sensibili',
      'Limitare il modo in cui utilizziamo le informazioni personali sensibili.',
    ],
    'non-discrimination': [
      'Diritto alla non discriminazione',
      'Esercitare i suoi diritti non comporterà per lei alcun trattamento diverso.',
    ],
    'opt-out-marketing': [
      'Interrompere i messaggi di marketing',
      'Annullare l’iscrizione alle comunicazioni non essenziali.',
    ],
  },
  dates: {
    lang: 'it',
    months: [
      '{d} gennaio {y}',
      '{d} febbraio {y}',
      '{d} marzo {y}',
      '{d} aprile {y}',
      '{d} maggio {y}',
      '{d} giugno {y}',
      '{d} luglio {y}',
      '{d} agosto {y}',
      '{d} settembre {y}',
      '{d} ottobre {y}',
      '{d} novembre {y}',
      '{d} dicembre {y}',
    ],
  },
};
