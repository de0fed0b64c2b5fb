import type { rightsStrings as english } from '../../en/rights.js';

/** Estonian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Ava taotlusvorm',
  requestAnyAuthority:
    'Võite esitada kaebuse andmekaitseasutusele riigis, kus elate või töötate või kus teie arvates teie õigusi rikuti.',
  rights: {
    access: [
      'Õigus tutvuda andmetega',
      'Vaadake, milliseid isikuandmeid me teie kohta säilitame, ja küsige neist koopiat.',
    ],
    rectification: ['Õigus andmete parandamisele', 'Laske ebaõiged või puudulikud andmed parandada.'],
    erasure: ['Õigus andmete kustutamisele', 'Laske oma isikuandmed kustutada.'],
    restriction: [
      'Õigus isikuandmete töötlemise piiramisele',
      'Paluge meil teie andmeid säilitada, kuid nende kasutamine praegu lõpetada.',
    ],
    portability: ['Õigus andmete ülekandmisele', 'Saate oma andmed masinloetavas vormingus, et need mujale viia.'],
    objection: [
      'Õigus esitada vastuväiteid',
      'Esitage vastuväide töötlemisele, mis põhineb meie õigustatud huvidel, või otseturundusele.',
    ],
    'withdraw-consent': [
      'Õigus nõusolek tagasi võtta',
      'Võtke antud nõusolek tagasi sama lihtsalt, kui selle andsite.',
    ],
    'automated-decisions': [
      'Õigus, et teie kohta ei võetaks automatiseeritud otsust',
      'Teie kohta ei tohi võtta otsuseid, mille on teinud üksnes masin.',
    ],
    complaint: ['Õigus esitada kaebus järelevalveasutusele', 'Esitage kaebus andmekaitseasutusele.'],
    know: ['Õigus teada', 'Saage teada, millist isiklikku teavet me kogume, kasutame ja avaldame.'],
    'opt-out-sale': ['Õigus keelata müük/jagamine', 'Peatage oma isikliku teabe müük või jagamine.'],
    'limit-sensitive': [
      'Õigus piirata tundliku isikliku teabe kasutamist ja avaldamist',
      'Piirake, kuidas me tundlikku isiklikku teavet kasutame.',
    ],
    'non-discrimination': [
      'Õigus mittediskrimineerimisele',
      'Teid ei kohelda teisiti selle pärast, et kasutate oma õigusi.',
    ],
    'opt-out-marketing': ['Turundussõnumitest loobumine', 'Loobuge teadetest, mis ei ole hädavajalikud.'],
  },
  dates: {
    lang: 'et',
    months: [
      '{d}. jaanuar {y}',
      '{d}. veebruar {y}',
      '{d}. märts {y}',
      '{d}. aprill {y}',
      '{d}. mai {y}',
      '{d}. juuni {y}',
      '{d}. juuli {y}',
      '{d}. august {y}',
      '{d}. september {y}',
      '{d}. oktoober {y}',
      '{d}. november {y}',
      '{d}. detsember {y}',
    ],
  },
};
