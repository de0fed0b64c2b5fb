import type { rightsStrings as english } from '../../en/rights.js';

/** Danish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Åbn anmodningsformularen',
  requestAnyAuthority:
    'Du kan klage til databeskyttelsesmyndigheden der, hvor du bor, hvor du arbejder, eller hvor du mener, at dine rettigheder er blevet krænket.',
  rights: {
    access: ['Indsigtsret', 'Se, hvilke personoplysninger vi har om dig, og få en kopi.'],
    rectification: ['Ret til berigtigelse', 'Få urigtige eller ufuldstændige oplysninger rettet.'],
    erasure: ['Ret til sletning', 'Få dine personoplysninger slettet.'],
    restriction: [
      'Ret til begrænsning af behandling',
      'Bed os om at beholde dine oplysninger, men indtil videre holde op med at bruge dem.',
    ],
    portability: [
      'Ret til dataportabilitet',
      'Få dine oplysninger i et maskinlæsbart format, så du kan flytte dem et andet sted hen.',
    ],
    objection: [
      'Ret til indsigelse',
      'Gør indsigelse mod behandling, der bygger på vores legitime interesser, eller mod direkte markedsføring.',
    ],
    'withdraw-consent': [
      'Ret til at trække samtykke tilbage',
      'Træk et samtykke, du har givet, tilbage – lige så let, som du gav det.',
    ],
    'automated-decisions': [
      'Ret til ikke at være genstand for automatiske afgørelser',
      'Du skal ikke være underlagt afgørelser, der alene er truffet af en maskine.',
    ],
    complaint: [
      'Ret til at indgive klage til en tilsynsmyndighed',
      'Indgiv en klage til en databeskyttelsesmyndighed.',
    ],
    know: ['Ret til at vide', 'Få at vide, hvilke personlige oplysninger vi indsamler, bruger og videregiver.'],
    'opt-out-sale': ['Ret til at fravælge salg/deling', 'Stop salg eller deling af dine personlige oplysninger.'],
    'limit-sensitive': [
      'Ret til at begrænse brug og videregivelse af følsomme personlige oplysninger',
      'Begræns, hvordan vi bruger følsomme personlige oplysninger.',
    ],
    'non-discrimination': [
      'Ret til ikke at blive forskelsbehandlet',
      'Du bliver ikke behandlet anderledes, fordi du gør brug af dine rettigheder.',
    ],
    'opt-out-marketing': ['Stop markedsføringsbeskeder', 'Frameld dig meddelelser, der ikke er nødvendige.'],
  },
  dates: {
    lang: 'da',
    months: [
      '{d}. januar {y}',
      '{d}. februar {y}',
      '{d}. marts {y}',
      '{d}. april {y}',
      '{d}. maj {y}',
      '{d}. juni {y}',
      '{d}. juli {y}',
      '{d}. august {y}',
      '{d}. september {y}',
      '{d}. oktober {y}',
      '{d}. november {y}',
      '{d}. december {y}',
    ],
  },
};
