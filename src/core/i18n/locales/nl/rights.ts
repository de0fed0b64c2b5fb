import type { rightsStrings as english } from '../../en/rights.js';

/** Dutch UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Verzoekformulier openen',
  requestAnyAuthority:
    'U kunt een klacht indienen bij de gegevensbeschermingsautoriteit van de plaats waar u woont, waar u werkt of waar volgens u uw rechten zijn geschonden.',
  rights: {
    access: ['Recht van inzage', 'Zien welke persoonsgegevens we over u hebben en er een kopie van krijgen.'],
    rectification: ['Recht op rectificatie', 'Onjuiste of onvolledige gegevens laten corrigeren.'],
    erasure: ['Recht op gegevenswissing', 'Uw persoonsgegevens laten verwijderen.'],
    restriction: [
      'Recht op beperking van de verwerking',
      'Ons vragen uw gegevens te bewaren, maar ze voorlopig niet te gebruiken.',
    ],
    portability: [
      'Recht op overdraagbaarheid van gegevens',
      'Uw gegevens krijgen in een machineleesbaar formaat om ze elders te gebruiken.',
    ],
    objection: [
      'Recht van bezwaar',
      'Bezwaar maken tegen gebruik op basis van onze gerechtvaardigde belangen of tegen direct marketing.',
    ],
    'withdraw-consent': [
      'Recht om toestemming in te trekken',
      'Gegeven toestemming intrekken, even gemakkelijk als u die gaf.',
    ],
    'automated-decisions': [
      'Recht om niet te worden onderworpen aan geautomatiseerde besluitvorming',
      'Niet onderworpen worden aan besluiten die alleen door een machine zijn genomen.',
    ],
    complaint: [
      'Recht om klacht in te dienen bij een toezichthoudende autoriteit',
      'Een klacht indienen bij een gegevensbeschermingsautoriteit.',
    ],
    know: ['Recht om te weten', 'Weten welke persoonlijke informatie we verzamelen, gebruiken en bekendmaken.'],
    'opt-out-sale': [
      'Recht om verkoop/delen te weigeren',
      'De verkoop of het delen van uw persoonlijke informatie stoppen.',
    ],
    'limit-sensitive': [
      'Recht om gebruik en bekendmaking van gevoelige persoonlijke informatie te beperken',
      'Beperken hoe we gevoelige persoonlijke informatie gebruiken.',
    ],
    'non-discrimination': ['Recht op non-discriminatie', 'U wordt niet anders behandeld omdat u uw rechten uitoefent.'],
    'opt-out-marketing': ['Geen marketingberichten meer', 'Afmelden voor niet-essentiële berichten.'],
  },
  dates: {
    lang: 'nl',
    months: [
      '{d} januari {y}',
      '{d} februari {y}',
      '{d} maart {y}',
      '{d} april {y}',
      '{d} mei {y}',
      '{d} juni {y}',
      '{d} juli {y}',
      '{d} augustus {y}',
      '{d} september {y}',
      '{d} oktober {y}',
      '{d} november {y}',
      '{d} december {y}',
    ],
  },
};
