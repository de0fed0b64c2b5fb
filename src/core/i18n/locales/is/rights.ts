import type { rightsStrings as english } from '../../en/rights.js';

/** Icelandic UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Opna beiðnaeyðublaðið',
  requestAnyAuthority:
    'Þú getur lagt fram kvörtun hjá persónuverndaryfirvaldi þar sem þú býrð, þar sem þú starfar eða þar sem þú telur að brotið hafi verið á réttindum þínum.',
  rights: {
    access: ['Réttur til aðgangs', 'Sjáðu hvaða persónuupplýsingar við höfum um þig og fáðu afrit.'],
    rectification: ['Réttur til leiðréttingar', 'Fáðu rangar eða ófullnægjandi upplýsingar leiðréttar.'],
    erasure: ['Réttur til eyðingar', 'Fáðu persónuupplýsingum þínum eytt.'],
    restriction: [
      'Réttur til takmörkunar á vinnslu',
      'Biddu okkur að geyma upplýsingarnar þínar en hætta að nota þær í bili.',
    ],
    portability: ['Réttur til að flytja eigin gögn', 'Fáðu gögnin þín á tölvulesanlegu sniði til að flytja þau annað.'],
    objection: [
      'Réttur til að andmæla',
      'Andmæltu vinnslu sem byggist á lögmætum hagsmunum okkar eða beinni markaðssetningu.',
    ],
    'withdraw-consent': [
      'Réttur til að draga samþykki til baka',
      'Dragðu til baka samþykki sem þú hefur veitt, jafn auðveldlega og þú veittir það.',
    ],
    'automated-decisions': [
      'Réttur til að sæta ekki sjálfvirkri ákvarðanatöku',
      'Þú þarft ekki að sæta ákvörðunum sem eingöngu eru teknar af vél.',
    ],
    complaint: [
      'Réttur til að leggja fram kvörtun hjá eftirlitsyfirvaldi',
      'Leggðu fram kvörtun hjá persónuverndaryfirvaldi.',
    ],
    know: [
      'Réttur til að vita',
      'Fáðu að vita hvaða persónulegu upplýsingum við söfnum, hvernig við notum þær og hverjum við afhendum þær.',
    ],
    'opt-out-sale': [
      'Réttur til að afþakka sölu/deilingu',
      'Stöðvaðu sölu eða deilingu persónulegra upplýsinga þinna.',
    ],
    'limit-sensitive': [
      'Réttur til að takmarka notkun og afhendingu viðkvæmra persónulegra upplýsinga',
      'Takmarkaðu hvernig við notum viðkvæmar persónulegar upplýsingar.',
    ],
    'non-discrimination': ['Réttur til að sæta ekki mismunun', 'Þú færð ekki aðra meðferð fyrir að nýta réttindi þín.'],
    'opt-out-marketing': ['Stöðva markaðsskilaboð', 'Afskráðu þig frá samskiptum sem eru ekki nauðsynleg.'],
  },
  dates: {
    lang: 'is',
    months: [
      '{d}. janúar {y}',
      '{d}. febrúar {y}',
      '{d}. mars {y}',
      '{d}. apríl {y}',
      '{d}. maí {y}',
      '{d}. júní {y}',
      '{d}. júlí {y}',
      '{d}. ágúst {y}',
      '{d}. september {y}',
      '{d}. október {y}',
      '{d}. nóvember {y}',
      '{d}. desember {y}',
    ],
  },
};
