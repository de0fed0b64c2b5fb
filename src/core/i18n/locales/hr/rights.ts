import type { rightsStrings as english } from '../../en/rights.js';

/** Croatian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Otvori obrazac zahtjeva',
  requestAnyAuthority:
    'Pritužbu možete podnijeti tijelu za zaštitu podataka u mjestu u kojem živite, u kojem radite ili u kojem smatrate da su vam prava povrijeđena.',
  rights: {
    access: ['Pravo na pristup', 'Saznajte koje osobne podatke o vama čuvamo i dobijte njihovu kopiju.'],
    rectification: ['Pravo na ispravak', 'Zatražite ispravak netočnih ili dopunu nepotpunih podataka.'],
    erasure: ['Pravo na brisanje', 'Zatražite brisanje svojih osobnih podataka.'],
    restriction: [
      'Pravo na ograničenje obrade',
      'Zatražite da vaše podatke zadržimo, ali ih zasad prestanemo upotrebljavati.',
    ],
    portability: [
      'Pravo na prenosivost podataka',
      'Dobijte svoje podatke u strojno čitljivom formatu kako biste ih prenijeli drugamo.',
    ],
    objection: [
      'Pravo na prigovor',
      'Uložite prigovor na obradu koja se temelji na našim legitimnim interesima ili na obradu za potrebe izravnog marketinga.',
    ],
    'withdraw-consent': ['Pravo na povlačenje privole', 'Povucite danu privolu jednako lako kao što ste je dali.'],
    'automated-decisions': [
      'Pravo da se na vas ne odnosi automatizirano donošenje odluka',
      'Ne morate biti podvrgnuti odlukama koje donosi isključivo stroj.',
    ],
    complaint: ['Pravo na pritužbu nadzornom tijelu', 'Podnesite pritužbu tijelu za zaštitu podataka.'],
    know: ['Pravo na informiranost', 'Saznajte koje osobne podatke prikupljamo, upotrebljavamo i otkrivamo.'],
    'opt-out-sale': [
      'Pravo na odbijanje prodaje ili dijeljenja',
      'Zaustavite prodaju ili dijeljenje svojih osobnih podataka.',
    ],
    'limit-sensitive': [
      'Pravo na ograničenje upotrebe i otkrivanja osjetljivih osobnih podataka',
      'Ograničite kako upotrebljavamo osjetljive osobne podatke.',
    ],
    'non-discrimination': [
      'Pravo na nediskriminaciju',
      'Zbog ostvarivanja svojih prava nećete biti drukčije tretirani.',
    ],
    'opt-out-marketing': ['Prestanak marketinških poruka', 'Odjavite se od poruka koje nisu nužne.'],
  },
  dates: {
    lang: 'hr',
    months: [
      '{d}. siječnja {y}.',
      '{d}. veljače {y}.',
      '{d}. ožujka {y}.',
      '{d}. travnja {y}.',
      '{d}. svibnja {y}.',
      '{d}. lipnja {y}.',
      '{d}. srpnja {y}.',
      '{d}. kolovoza {y}.',
      '{d}. rujna {y}.',
      '{d}. listopada {y}.',
      '{d}. studenoga {y}.',
      '{d}. prosinca {y}.',
    ],
  },
};
