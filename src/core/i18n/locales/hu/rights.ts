import type { rightsStrings as english } from '../../en/rights.js';

/** Hungarian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'A kérelmi űrlap megnyitása',
  requestAnyAuthority:
    'Panaszt tehet az adatvédelmi hatóságnál ott, ahol él, ahol dolgozik, vagy ahol véleménye szerint a jogait megsértették.',
  rights: {
    access: ['Hozzáférési jog', 'Megtudhatja, milyen személyes adatokat tárolunk Önről, és másolatot kaphat róluk.'],
    rectification: [
      'Helyesbítéshez való jog',
      'Kérheti a pontatlan adatok helyesbítését és a hiányos adatok kiegészítését.',
    ],
    erasure: ['Törléshez való jog', 'Kérheti személyes adatai törlését.'],
    restriction: [
      'Adatkezelés korlátozásához való jog',
      'Kérheti, hogy adatait megőrizzük, de egyelőre ne használjuk őket.',
    ],
    portability: [
      'Adathordozhatósághoz való jog',
      'Géppel olvasható formátumban megkaphatja adatait, hogy máshová vihesse őket.',
    ],
    objection: [
      'Tiltakozáshoz való jog',
      'Tiltakozhat a jogos érdekeinken alapuló felhasználás vagy a közvetlen üzletszerzés ellen.',
    ],
    'withdraw-consent': [
      'Hozzájárulás visszavonásához való jog',
      'Visszavonhatja megadott hozzájárulását, ugyanolyan egyszerűen, ahogyan megadta.',
    ],
    'automated-decisions': [
      'Automatizált döntéshozatal hatálya alóli mentesség joga',
      'Önre nem vonatkozhat olyan döntés, amelyet kizárólag gép hozott.',
    ],
    complaint: ['Felügyeleti hatóságnál történő panasztételhez való jog', 'Panaszt tehet egy adatvédelmi hatóságnál.'],
    know: ['Megismeréshez való jog', 'Megtudhatja, milyen személyes információkat gyűjtünk, használunk és adunk ki.'],
    'opt-out-sale': [
      'Eladás/megosztás megtiltásához való jog',
      'Leállíthatja személyes információi eladását vagy megosztását.',
    ],
    'limit-sensitive': [
      'Érzékeny személyes információk felhasználásának és közlésének korlátozásához való jog',
      'Korlátozhatja, hogyan használjuk az érzékeny személyes információkat.',
    ],
    'non-discrimination': [
      'Hátrányos megkülönböztetés tilalmához való jog',
      'Nem kezeljük Önt másként azért, mert él a jogaival.',
    ],
    'opt-out-marketing': ['Marketingüzenetek leállítása', 'Leiratkozhat a nem nélkülözhetetlen értesítésekről.'],
  },
  dates: {
    lang: 'hu',
    months: [
      '{y}. január {d}.',
      '{y}. február {d}.',
      '{y}. március {d}.',
      '{y}. április {d}.',
      '{y}. május {d}.',
      '{y}. június {d}.',
      '{y}. július {d}.',
      '{y}. augusztus {d}.',
      '{y}. szeptember {d}.',
      '{y}. október {d}.',
      '{y}. november {d}.',
      '{y}. december {d}.',
    ],
  },
};
