import type { rightsStrings as english } from '../../en/rights.js';

/** Irish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Oscail an fhoirm iarratais',
  requestAnyAuthority:
    'Is féidir leat gearán a dhéanamh leis an údarás cosanta sonraí san áit a bhfuil cónaí ort, san áit a n-oibríonn tú, nó san áit a gceapann tú gur sáraíodh do chearta.',
  rights: {
    access: ['Ceart rochtana', 'Féach cé na sonraí pearsanta atá againn fút agus faigh cóip díobh.'],
    rectification: ['An ceart chun ceartúcháin', 'Iarr go gceartófar sonraí míchruinne nó neamhiomlána.'],
    erasure: ['An ceart chun léirscriosta', 'Iarr go scriosfar do shonraí pearsanta.'],
    restriction: [
      'An ceart chun srian a chur le próiseáil',
      'Iarr orainn do shonraí a choinneáil ach stop a chur lena n-úsáid go fóill.',
    ],
    portability: [
      'An ceart chun iniomparthacht sonraí',
      'Faigh do shonraí i bhformáid inléite ag meaisín chun iad a aistriú áit eile.',
    ],
    objection: [
      'An ceart agóid a dhéanamh',
      'Déan agóid in aghaidh úsáidí atá bunaithe ar ár leasanna dlisteanacha nó in aghaidh margaíochta dírí.',
    ],
    'withdraw-consent': [
      'An ceart toiliú a tharraingt siar',
      'Tarraing siar toiliú a thug tú, chomh héasca agus a thug tú é.',
    ],
    'automated-decisions': [
      'An ceart gan a bheith faoi réir cinnteoireachta uathoibrithe',
      'Ní gá duit glacadh le cinntí a rinne meaisín amháin.',
    ],
    complaint: ['An ceart gearán a thaisceadh le húdarás maoirseachta', 'Déan gearán le húdarás cosanta sonraí.'],
    know: [
      'An ceart chun eolas a fháil',
      'Faigh amach cén fhaisnéis phearsanta a bhailímid, a úsáidimid agus a nochtaimid.',
    ],
    'opt-out-sale': [
      'An ceart diúltú do dhíol/do chomhroinnt',
      'Cuir stop le díol nó comhroinnt d’fhaisnéise pearsanta.',
    ],
    'limit-sensitive': [
      'An ceart srian a chur le húsáid agus nochtadh faisnéise pearsanta íogaire',
      'Cuir srian leis an gcaoi a n-úsáidimid faisnéis phearsanta íogair.',
    ],
    'non-discrimination': [
      'An ceart gan idirdhealú a dhéanamh ort',
      'Ní chaithfear leat ar bhealach difriúil toisc go n-úsáideann tú do chearta.',
    ],
    'opt-out-marketing': ['Stop teachtaireachtaí margaíochta', 'Díliostáil ó chumarsáid nach bhfuil riachtanach.'],
  },
  dates: {
    lang: 'ga',
    months: [
      '{d} Eanáir {y}',
      '{d} Feabhra {y}',
      '{d} Márta {y}',
      '{d} Aibreán {y}',
      '{d} Bealtaine {y}',
      '{d} Meitheamh {y}',
      '{d} Iúil {y}',
      '{d} Lúnasa {y}',
      '{d} Meán Fómhair {y}',
      '{d} Deireadh Fómhair {y}',
      '{d} Samhain {y}',
      '{d} Nollaig {y}',
    ],
  },
};
