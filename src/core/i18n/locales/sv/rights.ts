import type { rightsStrings as english } from '../../en/rights.js';

/** Swedish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Öppna formuläret för begäran',
  requestAnyAuthority:
    'Du kan lämna in ett klagomål till dataskyddsmyndigheten där du bor, där du arbetar eller där du anser att dina rättigheter har kränkts.',
  rights: {
    access: ['Rätt till tillgång', 'Se vilka personuppgifter vi har om dig och få en kopia.'],
    rectification: ['Rätt till rättelse', 'Få felaktiga eller ofullständiga uppgifter rättade.'],
    erasure: ['Rätt till radering', 'Få dina personuppgifter raderade.'],
    restriction: [
      'Rätt till begränsning av behandling',
      'Be oss att spara dina uppgifter men sluta använda dem tills vidare.',
    ],
    portability: [
      'Rätt till dataportabilitet',
      'Få dina uppgifter i ett maskinläsbart format så att du kan flytta dem någon annanstans.',
    ],
    objection: [
      'Rätt att göra invändningar',
      'Invänd mot behandling som grundar sig på våra berättigade intressen eller mot direktmarknadsföring.',
    ],
    'withdraw-consent': [
      'Rätt att återkalla samtycke',
      'Återkalla ett samtycke du har gett, lika enkelt som du gav det.',
    ],
    'automated-decisions': [
      'Rätt att inte bli föremål för automatiserade beslut',
      'Du ska inte behöva bli föremål för beslut som fattas enbart av en maskin.',
    ],
    complaint: [
      'Rätt att lämna in klagomål till en tillsynsmyndighet',
      'Lämna in ett klagomål till en dataskyddsmyndighet.',
    ],
    know: ['Rätt att få veta', 'Få veta vilken personlig information vi samlar in, använder och lämnar ut.'],
    'opt-out-sale': [
      'Rätt att välja bort försäljning/delning',
      'Stoppa försäljning eller delning av din personliga information.',
    ],
    'limit-sensitive': [
      'Rätt att begränsa användning och utlämnande av känslig personlig information',
      'Begränsa hur vi använder känslig personlig information.',
    ],
    'non-discrimination': [
      'Rätt till icke-diskriminering',
      'Du behandlas inte annorlunda för att du utövar dina rättigheter.',
    ],
    'opt-out-marketing': [
      'Stoppa marknadsföringsutskick',
      'Avregistrera dig från kommunikation som inte är nödvändig.',
    ],
  },
  dates: {
    lang: 'sv',
    months: [
      '{d} januari {y}',
      '{d} februari {y}',
      '{d} mars {y}',
      '{d} april {y}',
      '{d} maj {y}',
      '{d} juni {y}',
      '{d} juli {y}',
      '{d} augusti {y}',
      '{d} september {y}',
      '{d} oktober {y}',
      '{d} november {y}',
      '{d} december {y}',
    ],
  },
};
