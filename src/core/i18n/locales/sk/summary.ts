import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

// „ako“ takes the nominative: 1 rok, 2 roky, 5 rokov; CLDR's `many` is for fractions (1,5 roka).
const years = (age: number) => `${age} ${plural('sk', age, { one: 'rok', few: 'roky', many: 'roka', other: 'rokov' })}`;

/** Slovak UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Súkromie v kocke',
  effective: (date: string, version: string, updated?: string) =>
    `Platí od ${date}, verzia ${version}${updated ? `. Posledná aktualizácia: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Posledná aktualizácia: ${date}, verzia ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `predmet: „${subject}“`,
  optional: 'nepovinné',
  sensitive: 'citlivé',
  sources: { provided: 'poskytnuté vami', automatic: 'zhromažďované automaticky', 'third-party': 'od tretích strán' },
  dpa: 'Viazaný sprostredkovateľskou zmluvou',
  labelCollected: 'Čo zhromažďujeme',
  labelPurposes: 'Na čo',
  labelShared: 'Predaj alebo zdieľanie',
  labelKept: 'Ako dlho',
  notSold: 'Nikdy sa nepredávajú ani nezdieľajú',
  sold: 'Áno – pozrite si, kto ich dostáva',
  type: 'Údaje',
  storage: 'Uchovávanie a ochrana',
  legalBasis: 'Právny základ',
  recipient: 'Príjemca',
  location: 'Umiestnenie',
  howLong: 'Doba uchovávania',
  after: (period: string, event: string) => `${period} po udalosti: ${event}`,
  until: (event: string) => `Do udalosti: ${event}`,
  indefinite: 'Na neurčitý čas',
  minimumAge: (age: number) => `Nie je určené deťom mladším ako ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: mladší ako ${years(age)}.`,
  breachWithin: (window: string) =>
    `Porušenia ochrany osobných údajov, ktoré sa vás týkajú, oznamujeme najneskôr za ${window}.`,
  noticeBefore: (period: string) => `Podstatné zmeny oznamujeme najmenej ${period} vopred.`,
  answerWithin: (period: string) => `Odpovedáme najneskôr za ${period}.`,
  how: 'Spôsob',
  extension: (period: string) => `Túto lehotu možno predĺžiť o ${period}.`,
  requestOnline: 'Formulár žiadosti na tejto webovej stránke',
  dpo: 'Zodpovedná osoba',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Predávame osobné údaje a zdieľame ich na účely behaviorálnej reklamy založenej na aktivite naprieč webmi a službami.'
      : sells
        ? 'Predávame osobné údaje.'
        : shares
          ? 'Zdieľame osobné údaje na účely behaviorálnej reklamy založenej na aktivite naprieč webmi a službami.'
          : 'Vaše osobné údaje nepredávame ani nezdieľame.') as typeof english.sale,
  usedFor: (uses: string) => `Použitie: ${uses}`,
  uses: {
    sale: 'predaj osobných údajov',
    sharing: 'zdieľanie na účely behaviorálnej reklamy založenej na aktivite naprieč webmi a službami',
    'targeted-advertising': 'cielená reklama',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Rešpektovaný',
  honouredNo: 'Nerešpektovaný',
  roles: {
    processor: 'Sprostredkovateľ',
    controller: 'Samostatný prevádzkovateľ',
    'third-party': 'Tretia strana',
    'user-chosen': 'Zvolený vami',
  },
  sections: {
    about: 'Kto sme',
    collected: 'Údaje, ktoré zhromažďujeme',
    notCollected: 'Údaje, ktoré nezhromažďujeme',
    purposes: 'Na čo ich používame',
    storage: 'Kde sú uložené',
    recipients: 'Kto ich dostáva',
    retention: 'Ako dlho ich uchovávame',
    cookies: 'Súbory cookie a úložisko',
    security: 'Bezpečnosť',
    transfers: 'Medzinárodné prenosy',
    signals: 'Signály ochrany súkromia',
    children: 'Deti',
    changes: 'Zmeny a porušenia ochrany údajov',
    rights: 'Vaše práva',
    contact: 'Kontakt',
    commitments: 'Čo nikdy nerobíme',
    notes: 'Ďalšie informácie',
  },
  legalBases: {
    consent: 'Váš súhlas',
    contract: 'Nevyhnutné na plnenie zmluvy s vami',
    'legal-obligation': 'Vyžaduje to zákon',
    'vital-interests': 'Na ochranu niečieho života',
    'public-task': 'Úloha vo verejnom záujme',
    'legitimate-interests': 'Naše oprávnené záujmy',
  },
};
