import type { rightsStrings as english } from '../../en/rights.js';

/** Latvian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Atvērt pieprasījuma veidlapu',
  requestAnyAuthority:
    'Jūs varat iesniegt sūdzību datu aizsardzības iestādei valstī, kurā dzīvojat vai strādājat vai kurā, jūsuprāt, ir pārkāptas jūsu tiesības.',
  rights: {
    access: ['Piekļuves tiesības', 'Uzziniet, kādus jūsu personas datus mēs glabājam, un saņemiet to kopiju.'],
    rectification: ['Tiesības labot', 'Lūdziet labot neprecīzus vai nepilnīgus datus.'],
    erasure: ['Tiesības uz dzēšanu', 'Lūdziet dzēst savus personas datus.'],
    restriction: [
      'Tiesības ierobežot apstrādi',
      'Lūdziet, lai mēs jūsu datus saglabājam, bet pagaidām tos neizmantojam.',
    ],
    portability: ['Tiesības uz datu pārnesamību', 'Saņemiet savus datus mašīnlasāmā formātā, lai tos pārnestu citur.'],
    objection: [
      'Tiesības iebilst',
      'Iebilstiet pret apstrādi, kuras pamatā ir mūsu leģitīmās intereses, vai pret tiešo tirgvedību.',
    ],
    'withdraw-consent': ['Tiesības atsaukt piekrišanu', 'Atsauciet doto piekrišanu tikpat viegli, kā to devāt.'],
    'automated-decisions': [
      'Tiesības nebūt automatizēta lēmuma subjektam',
      'Jums nav jāpakļaujas lēmumiem, ko pieņēmusi tikai mašīna.',
    ],
    complaint: ['Tiesības iesniegt sūdzību uzraudzības iestādei', 'Iesniedziet sūdzību datu aizsardzības iestādei.'],
    know: ['Tiesības zināt', 'Uzziniet, kādu personisko informāciju mēs vācam, izmantojam un izpaužam.'],
    'opt-out-sale': [
      'Tiesības atteikties no pārdošanas/kopīgošanas',
      'Apturiet savas personiskās informācijas pārdošanu vai kopīgošanu.',
    ],
    'limit-sensitive': [
      'Tiesības ierobežot sensitīvas personiskās informācijas izmantošanu un izpaušanu',
      'Ierobežojiet, kā mēs izmantojam sensitīvu personisko informāciju.',
    ],
    'non-discrimination': [
      'Tiesības uz nediskrimināciju',
      'Pret jums neizturēsies citādi tāpēc, ka izmantojat savas tiesības.',
    ],
    'opt-out-marketing': ['Pārtraukt mārketinga ziņojumus', 'Atsakieties no saziņas, kas nav nepieciešama.'],
  },
  dates: {
    lang: 'lv',
    months: [
      '{y}. gada {d}. janvāris',
      '{y}. gada {d}. februāris',
      '{y}. gada {d}. marts',
      '{y}. gada {d}. aprīlis',
      '{y}. gada {d}. maijs',
      '{y}. gada {d}. jūnijs',
      '{y}. gada {d}. jūlijs',
      '{y}. gada {d}. augusts',
      '{y}. gada {d}. septembris',
      '{y}. gada {d}. oktobris',
      '{y}. gada {d}. novembris',
      '{y}. gada {d}. decembris',
    ],
  },
};
