import type { rightsStrings as english } from '../../en/rights.js';

/** Finnish UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Avaa pyyntölomake',
  requestAnyAuthority:
    'Voit tehdä valituksen sen maan tietosuojaviranomaiselle, jossa asut tai työskentelet tai jossa katsot oikeuksiasi loukatun.',
  rights: {
    access: [
      'Oikeus saada pääsy tietoihin',
      'Katso, mitä henkilötietoja meillä on sinusta, ja pyydä niistä jäljennös.',
    ],
    rectification: ['Oikeus tietojen oikaisemiseen', 'Pyydä korjaamaan virheelliset tai puutteelliset tiedot.'],
    erasure: ['Oikeus tietojen poistamiseen', 'Pyydä poistamaan henkilötietosi.'],
    restriction: [
      'Oikeus käsittelyn rajoittamiseen',
      'Pyydä meitä säilyttämään tietosi mutta lopettamaan niiden käyttö toistaiseksi.',
    ],
    portability: [
      'Oikeus siirtää tiedot järjestelmästä toiseen',
      'Saat tietosi koneellisesti luettavassa muodossa, jotta voit siirtää ne muualle.',
    ],
    objection: [
      'Vastustamisoikeus',
      'Vastusta käsittelyä, joka perustuu oikeutettuihin etuihimme, tai suoramarkkinointia.',
    ],
    'withdraw-consent': ['Oikeus peruuttaa suostumus', 'Peruuta antamasi suostumus yhtä helposti kuin annoit sen.'],
    'automated-decisions': [
      'Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi',
      'Sinua ei saa asettaa pelkästään koneen tekemien päätösten kohteeksi.',
    ],
    complaint: ['Oikeus tehdä valitus valvontaviranomaiselle', 'Tee valitus tietosuojaviranomaiselle.'],
    know: ['Oikeus tietää', 'Saat tietää, mitä henkilökohtaisia tietoja keräämme, käytämme ja luovutamme.'],
    'opt-out-sale': ['Oikeus kieltää myynti/jakaminen', 'Kiellä henkilökohtaisten tietojesi myynti tai jakaminen.'],
    'limit-sensitive': [
      'Oikeus rajoittaa arkaluonteisten henkilökohtaisten tietojen käyttöä ja luovuttamista',
      'Rajoita, miten käytämme arkaluonteisia henkilökohtaisia tietoja.',
    ],
    'non-discrimination': [
      'Oikeus syrjimättömyyteen',
      'Sinua ei kohdella eri tavalla sen vuoksi, että käytät oikeuksiasi.',
    ],
    'opt-out-marketing': ['Markkinointiviestien lopettaminen', 'Peru muiden kuin välttämättömien viestien tilaus.'],
  },
  dates: {
    lang: 'fi',
    months: [
      '{d}. tammikuuta {y}',
      '{d}. helmikuuta {y}',
      '{d}. maaliskuuta {y}',
      '{d}. huhtikuuta {y}',
      '{d}. toukokuuta {y}',
      '{d}. kesäkuuta {y}',
      '{d}. heinäkuuta {y}',
      '{d}. elokuuta {y}',
      '{d}. syyskuuta {y}',
      '{d}. lokakuuta {y}',
      '{d}. marraskuuta {y}',
      '{d}. joulukuuta {y}',
    ],
  },
};
