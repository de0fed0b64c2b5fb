import type { rightsStrings as english } from '../../en/rights.js';

/** Slovak UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Otvoriť formulár žiadosti',
  requestAnyAuthority:
    'Sťažnosť môžete podať úradu na ochranu osobných údajov v mieste svojho bydliska, v mieste výkonu práce alebo v mieste, kde podľa vás došlo k porušeniu vašich práv.',
  rights: {
    access: ['Právo na prístup', 'Zistite, aké vaše osobné údaje uchovávame, a získajte ich kópiu.'],
    rectification: ['Právo na opravu', 'Nechajte opraviť nesprávne alebo doplniť neúplné údaje.'],
    erasure: ['Právo na vymazanie', 'Nechajte svoje osobné údaje vymazať.'],
    restriction: [
      'Právo na obmedzenie spracúvania',
      'Požiadajte nás, aby sme vaše údaje uchovali, ale zatiaľ ich nepoužívali.',
    ],
    portability: [
      'Právo na prenosnosť údajov',
      'Získajte svoje údaje v strojovo čitateľnom formáte, aby ste ich mohli preniesť inam.',
    ],
    objection: [
      'Právo namietať',
      'Namietajte proti spracúvaniu založenému na našich oprávnených záujmoch alebo proti priamemu marketingu.',
    ],
    'withdraw-consent': ['Právo odvolať súhlas', 'Odvolajte udelený súhlas rovnako ľahko, ako ste ho udelili.'],
    'automated-decisions': [
      'Právo nebyť predmetom automatizovaného rozhodovania',
      'Nemusíte sa podriadiť rozhodnutiam, ktoré urobil výlučne stroj.',
    ],
    complaint: ['Právo podať sťažnosť dozornému orgánu', 'Podajte sťažnosť úradu na ochranu osobných údajov.'],
    know: ['Právo vedieť', 'Zistite, aké osobné údaje zhromažďujeme, používame a sprístupňujeme.'],
    'opt-out-sale': [
      'Právo odmietnuť predaj alebo zdieľanie',
      'Zastavte predaj alebo zdieľanie svojich osobných údajov.',
    ],
    'limit-sensitive': [
      'Právo obmedziť používanie a sprístupňovanie citlivých osobných údajov',
      'Obmedzte, ako používame citlivé osobné údaje.',
    ],
    'non-discrimination': ['Právo na nediskrimináciu', 'Za uplatnenie svojich práv s vami nebudeme zaobchádzať inak.'],
    'opt-out-marketing': ['Zastaviť marketingové správy', 'Odhláste sa z odberu správ, ktoré nie sú nevyhnutné.'],
  },
  dates: {
    lang: 'sk',
    months: [
      '{d}. januára {y}',
      '{d}. februára {y}',
      '{d}. marca {y}',
      '{d}. apríla {y}',
      '{d}. mája {y}',
      '{d}. júna {y}',
      '{d}. júla {y}',
      '{d}. augusta {y}',
      '{d}. septembra {y}',
      '{d}. októbra {y}',
      '{d}. novembra {y}',
      '{d}. decembra {y}',
    ],
  },
};
