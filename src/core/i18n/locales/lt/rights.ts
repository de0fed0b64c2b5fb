import type { rightsStrings as english } from '../../en/rights.js';

/** Lithuanian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Atidaryti užklausos formą',
  requestAnyAuthority:
    'Galite pateikti skundą duomenų apsaugos institucijai valstybėje, kurioje gyvenate ar dirbate arba kurioje, jūsų manymu, buvo pažeistos jūsų teisės.',
  rights: {
    access: [
      'Teisė susipažinti su duomenimis',
      'Sužinokite, kokius jūsų asmens duomenis saugome, ir gaukite jų kopiją.',
    ],
    rectification: ['Teisė reikalauti ištaisyti duomenis', 'Paprašykite ištaisyti netikslius ar neišsamius duomenis.'],
    erasure: ['Teisė reikalauti ištrinti duomenis', 'Paprašykite ištrinti jūsų asmens duomenis.'],
    restriction: [
      'Teisė apriboti duomenų tvarkymą',
      'Paprašykite, kad jūsų duomenis saugotume, bet kol kas jų nenaudotume.',
    ],
    portability: [
      'Teisė į duomenų perkeliamumą',
      'Gaukite savo duomenis kompiuterio skaitomu formatu, kad galėtumėte juos perkelti kitur.',
    ],
    objection: [
      'Teisė nesutikti',
      'Pareikškite nesutikimą su duomenų tvarkymu, grindžiamu mūsų teisėtais interesais, arba su tiesiogine rinkodara.',
    ],
    'withdraw-consent': ['Teisė atšaukti sutikimą', 'Atšaukite duotą sutikimą taip pat lengvai, kaip jį davėte.'],
    'automated-decisions': [
      'Teisė, kad jums nebūtų taikomas automatizuotas sprendimas',
      'Jums neturi būti taikomi sprendimai, kuriuos priėmė tik mašina.',
    ],
    complaint: ['Teisė pateikti skundą priežiūros institucijai', 'Pateikite skundą duomenų apsaugos institucijai.'],
    know: ['Teisė žinoti', 'Sužinokite, kokią asmeninę informaciją renkame, naudojame ir atskleidžiame.'],
    'opt-out-sale': [
      'Teisė atsisakyti pardavimo/dalijimosi',
      'Sustabdykite savo asmeninės informacijos pardavimą ar dalijimąsi ja.',
    ],
    'limit-sensitive': [
      'Teisė apriboti jautrios asmeninės informacijos naudojimą ir atskleidimą',
      'Apribokite, kaip naudojame jautrią asmeninę informaciją.',
    ],
    'non-discrimination': [
      'Teisė į nediskriminavimą',
      'Su jumis nebus elgiamasi kitaip dėl to, kad naudojatės savo teisėmis.',
    ],
    'opt-out-marketing': ['Rinkodaros pranešimų atsisakymas', 'Atsisakykite nebūtinų pranešimų prenumeratos.'],
  },
  dates: {
    lang: 'lt',
    months: [
      '{y} m. sausio {d} d.',
      '{y} m. vasario {d} d.',
      '{y} m. kovo {d} d.',
      '{y} m. balandžio {d} d.',
      '{y} m. gegužės {d} d.',
      '{y} m. birželio {d} d.',
      '{y} m. liepos {d} d.',
      '{y} m. rugpjūčio {d} d.',
      '{y} m. rugsėjo {d} d.',
      '{y} m. spalio {d} d.',
      '{y} m. lapkričio {d} d.',
      '{y} m. gruodžio {d} d.',
    ],
  },
};
