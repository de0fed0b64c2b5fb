import type { rightsStrings as english } from '../../en/rights.js';

/** Slovenian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Odpri obrazec za zahtevo',
  requestAnyAuthority:
    'Pritožbo lahko vložite pri organu za varstvo podatkov v kraju, kjer živite, kjer delate ali kjer menite, da so bile kršene vaše pravice.',
  rights: {
    access: ['Pravica do dostopa', 'Preverite, katere vaše osebne podatke hranimo, in pridobite njihovo kopijo.'],
    rectification: ['Pravica do popravka', 'Zahtevajte popravek netočnih ali dopolnitev nepopolnih podatkov.'],
    erasure: ['Pravica do izbrisa', 'Zahtevajte izbris svojih osebnih podatkov.'],
    restriction: [
      'Pravica do omejitve obdelave',
      'Prosite nas, naj vaše podatke hranimo, vendar jih zaenkrat ne uporabljamo.',
    ],
    portability: [
      'Pravica do prenosljivosti podatkov',
      'Pridobite svoje podatke v strojno berljivi obliki, da jih lahko prenesete drugam.',
    ],
    objection: [
      'Pravica do ugovora',
      'Ugovarjajte obdelavi na podlagi naših zakonitih interesov ali za namene neposrednega trženja.',
    ],
    'withdraw-consent': [
      'Pravica do preklica privolitve',
      'Prekličite dano privolitev enako preprosto, kot ste jo dali.',
    ],
    'automated-decisions': [
      'Pravica, da za vas ne velja avtomatizirano sprejemanje odločitev',
      'Ne bodite predmet odločitev, ki jih sprejme zgolj stroj.',
    ],
    complaint: [
      'Pravica do vložitve pritožbe pri nadzornem organu',
      'Vložite pritožbo pri organu za varstvo podatkov.',
    ],
    know: ['Pravica do seznanitve', 'Izvedite, katere osebne podatke zbiramo, uporabljamo in razkrivamo.'],
    'opt-out-sale': [
      'Pravica do zavrnitve prodaje ali deljenja',
      'Ustavite prodajo ali deljenje svojih osebnih podatkov.',
    ],
    'limit-sensitive': [
      'Pravica do omejitve uporabe in razkritja občutljivih osebnih podatkov',
      'Omejite, kako uporabljamo občutljive osebne podatke.',
    ],
    'non-discrimination': [
      'Pravica do nediskriminacije',
      'Zaradi uveljavljanja svojih pravic ne boste obravnavani drugače.',
    ],
    'opt-out-marketing': ['Ustavitev tržnih sporočil', 'Odjavite se od sporočil, ki niso nujna.'],
  },
  dates: {
    lang: 'sl',
    months: [
      '{d}. januar {y}',
      '{d}. februar {y}',
      '{d}. marec {y}',
      '{d}. april {y}',
      '{d}. maj {y}',
      '{d}. junij {y}',
      '{d}. julij {y}',
      '{d}. avgust {y}',
      '{d}. september {y}',
      '{d}. oktober {y}',
      '{d}. november {y}',
      '{d}. december {y}',
    ],
  },
};
