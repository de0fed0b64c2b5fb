import type { rightsStrings as english } from '../../en/rights.js';

/** Maltese UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Iftaħ il-formola tat-talba',
  requestAnyAuthority:
    'Tista’ tressaq ilment quddiem l-awtorità tal-protezzjoni tad-data fejn tgħix, fejn taħdem, jew fejn taħseb li nkisru d-drittijiet tiegħek.',
  rights: {
    access: ['Dritt ta’ aċċess', 'Ara liema data personali għandna dwarek u ikseb kopja tagħha.'],
    rectification: [
      'Dritt għal rettifika',
      'Ikseb il-korrezzjoni ta’ data mhux eżatta jew it-tlestija ta’ data mhux kompluta.',
    ],
    erasure: ['Dritt għal tħassir', 'Ikseb it-tħassir tad-data personali tiegħek.'],
    restriction: [
      'Dritt għal restrizzjoni tal-ipproċessar',
      'Itlobna nżommu d-data tiegħek iżda nieqfu nużawha għalissa.',
    ],
    portability: [
      'Dritt għall-portabbiltà tad-data',
      'Ikseb id-data tiegħek f’format li jinqara minn magna biex tiħodha x’imkien ieħor.',
    ],
    objection: [
      'Dritt ta’ oġġezzjoni',
      'Oġġezzjona għal użi bbażati fuq l-interessi leġittimi tagħna jew għall-kummerċjalizzazzjoni diretta.',
    ],
    'withdraw-consent': ['Dritt li tirtira l-kunsens', 'Irtira l-kunsens li tajt, bl-istess faċilità li tajtu.'],
    'automated-decisions': [
      'Dritt li ma tkunx soġġett għal teħid ta’ deċiżjonijiet awtomatizzat',
      'Ma tkunx soġġett għal deċiżjonijiet meħuda biss minn magna.',
    ],
    complaint: [
      'Dritt li jitressaq ilment quddiem awtorità superviżorja',
      'Ressaq ilment quddiem awtorità tal-protezzjoni tad-data.',
    ],
    know: ['Dritt li tkun taf', 'Kun af liema informazzjoni personali niġbru, nużaw u niżvelaw.'],
    'opt-out-sale': [
      'Dritt li tirrifjuta l-bejgħ/il-qsim',
      'Waqqaf il-bejgħ jew il-qsim tal-informazzjoni personali tiegħek.',
    ],
    'limit-sensitive': [
      'Dritt li tillimita l-użu u l-iżvelar ta’ informazzjoni personali sensittiva',
      'Illimita kif nużaw informazzjoni personali sensittiva.',
    ],
    'non-discrimination': [
      'Dritt għal nondiskriminazzjoni',
      'Ma tiġix trattat b’mod differenti talli tuża d-drittijiet tiegħek.',
    ],
    'opt-out-marketing': [
      'Waqqaf il-messaġġi ta’ kummerċjalizzazzjoni',
      'Ikkanċella l-abbonament tiegħek għal komunikazzjonijiet mhux essenzjali.',
    ],
  },
  dates: {
    lang: 'mt',
    months: [
      '{d} ta’ Jannar {y}',
      '{d} ta’ Frar {y}',
      '{d} ta’ Marzu {y}',
      '{d} ta’ April {y}',
      '{d} ta’ Mejju {y}',
      '{d} ta’ Ġunju {y}',
      '{d} ta’ Lulju {y}',
      '{d} ta’ Awwissu {y}',
      '{d} ta’ Settembru {y}',
      '{d} ta’ Ottubru {y}',
      '{d} ta’ Novembru {y}',
      '{d} ta’ Diċembru {y}',
    ],
  },
};
