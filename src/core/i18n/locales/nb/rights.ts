import type { rightsStrings as english } from '../../en/rights.js';

/** Norwegian Bokmål UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Åpne forespørselsskjemaet',
  requestAnyAuthority:
    'Du kan klage til personvernmyndigheten der du bor, der du arbeider, eller der du mener at rettighetene dine er blitt krenket.',
  rights: {
    access: ['Innsynsrett', 'Se hvilke personopplysninger vi har om deg, og få en kopi.'],
    rectification: ['Rett til retting', 'Få uriktige eller ufullstendige opplysninger rettet.'],
    erasure: ['Rett til sletting', 'Få personopplysningene dine slettet.'],
    restriction: [
      'Rett til begrensning av behandling',
      'Be oss om å beholde opplysningene dine, men slutte å bruke dem inntil videre.',
    ],
    portability: [
      'Rett til dataportabilitet',
      'Få opplysningene dine i et maskinlesbart format, slik at du kan flytte dem et annet sted.',
    ],
    objection: [
      'Rett til å protestere',
      'Protester mot behandling som bygger på våre berettigede interesser, eller mot direkte markedsføring.',
    ],
    'withdraw-consent': [
      'Rett til å trekke tilbake samtykke',
      'Trekk tilbake et samtykke du har gitt, like enkelt som du ga det.',
    ],
    'automated-decisions': [
      'Rett til ikke å være gjenstand for automatiserte avgjørelser',
      'Du skal ikke være underlagt avgjørelser som tas utelukkende av en maskin.',
    ],
    complaint: ['Rett til å klage til en tilsynsmyndighet', 'Klag til en personvernmyndighet.'],
    know: ['Rett til å vite', 'Få vite hvilken personlig informasjon vi samler inn, bruker og utleverer.'],
    'opt-out-sale': [
      'Rett til å reservere seg mot salg/deling',
      'Stans salg eller deling av den personlige informasjonen din.',
    ],
    'limit-sensitive': [
      'Rett til å begrense bruk og utlevering av sensitiv personlig informasjon',
      'Begrens hvordan vi bruker sensitiv personlig informasjon.',
    ],
    'non-discrimination': [
      'Rett til ikke å bli diskriminert',
      'Du blir ikke behandlet annerledes fordi du bruker rettighetene dine.',
    ],
    'opt-out-marketing': ['Stopp markedsføringsmeldinger', 'Meld deg av kommunikasjon som ikke er nødvendig.'],
  },
  dates: {
    lang: 'nb',
    months: [
      '{d}. januar {y}',
      '{d}. februar {y}',
      '{d}. mars {y}',
      '{d}. april {y}',
      '{d}. mai {y}',
      '{d}. juni {y}',
      '{d}. juli {y}',
      '{d}. august {y}',
      '{d}. september {y}',
      '{d}. oktober {y}',
      '{d}. november {y}',
      '{d}. desember {y}',
    ],
  },
};
