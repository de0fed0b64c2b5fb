import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

// „mladším“ takes the genitive: 1 roku, 2 a 21 let; CLDR's `many` is for fractions (1,5 roku).
const years = (age: number) => `${age} ${plural('cs', age, { one: 'roku', few: 'let', many: 'roku', other: 'let' })}`;

/** Czech UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Soukromí v kostce',
  effective: (date: string, version: string, updated?: string) =>
    `Platí od ${date}, verze ${version}${updated ? `. Poslední aktualizace: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Poslední aktualizace: ${date}, verze ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `předmět: „${subject}“`,
  optional: 'nepovinné',
  sensitive: 'citlivé',
  sources: { provided: 'poskytnuté vámi', automatic: 'shromažďované automaticky', 'third-party': 'od třetích stran' },
  dpa: 'Vázán smlouvou o zpracování osobních údajů',
  labelCollected: 'Co shromažďujeme',
  labelPurposes: 'K čemu',
  labelShared: 'Prodej nebo sdílení',
  labelKept: 'Jak dlouho',
  notSold: 'Nikdy se neprodávají ani nesdílejí',
  sold: 'Ano – podívejte se, kdo je získává',
  type: 'Údaje',
  storage: 'Uložení a ochrana',
  legalBasis: 'Právní základ',
  recipient: 'Příjemce',
  location: 'Umístění',
  howLong: 'Doba uložení',
  after: (period: string, event: string) => `${period} po události: ${event}`,
  until: (event: string) => `Do události: ${event}`,
  indefinite: 'Na dobu neurčitou',
  minimumAge: (age: number) => `Není určeno dětem mladším ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: mladší ${years(age)}.`,
  breachWithin: (window: string) => `Porušení zabezpečení, která se vás týkají, oznamujeme nejpozději za ${window}.`,
  noticeBefore: (period: string) => `Podstatné změny oznamujeme nejméně ${period} předem.`,
  answerWithin: (period: string) => `Odpovídáme nejpozději za ${period}.`,
  how: 'Způsob',
  extension: (period: string) => `Tuto lhůtu lze prodloužit o ${period}.`,
  requestOnline: 'Formulář žádosti na tomto webu',
  dpo: 'Pověřenec pro ochranu osobních údajů',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Prodáváme osobní údaje a sdílíme je pro účely behaviorální reklamy založené na aktivitě napříč weby a službami.'
      : sells
        ? 'Prodáváme osobní údaje.'
        : shares
          ? 'Sdílíme osobní údaje pro účely behaviorální reklamy založené na aktivitě napříč weby a službami.'
          : 'Vaše osobní údaje neprodáváme ani nesdílíme.') as typeof english.sale,
  usedFor: (uses: string) => `Použití: ${uses}`,
  uses: {
    sale: 'prodej osobních údajů',
    sharing: 'sdílení pro účely behaviorální reklamy založené na aktivitě napříč weby a službami',
    'targeted-advertising': 'cílená reklama',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respektován',
  honouredNo: 'Nerespektován',
  roles: {
    processor: 'Zpracovatel',
    controller: 'Samostatný správce',
    'third-party': 'Třetí strana',
    'user-chosen': 'Zvolený vámi',
  },
  sections: {
    about: 'Kdo jsme',
    collected: 'Údaje, které shromažďujeme',
    notCollected: 'Údaje, které neshromažďujeme',
    purposes: 'K čemu je používáme',
    storage: 'Kde jsou uloženy',
    recipients: 'Kdo je získává',
    retention: 'Jak dlouho je uchováváme',
    cookies: 'Soubory cookie a úložiště',
    security: 'Zabezpečení',
    transfers: 'Mezinárodní předávání',
    signals: 'Signály ochrany soukromí',
    children: 'Děti',
    changes: 'Změny a porušení zabezpečení',
    rights: 'Vaše práva',
    contact: 'Kontakt',
    commitments: 'Co nikdy neděláme',
    notes: 'Další informace',
  },
  legalBases: {
    consent: 'Váš souhlas',
    contract: 'Nezbytné pro plnění smlouvy s vámi',
    'legal-obligation': 'Vyžadováno zákonem',
    'vital-interests': 'Ochrana něčího života',
    'public-task': 'Úkol ve veřejném zájmu',
    'legitimate-interests': 'Naše oprávněné zájmy',
  },
};
