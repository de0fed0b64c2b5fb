import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('is', age, { one: 'árs', other: 'ára' })}`;

/** Icelandic UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Persónuvernd í hnotskurn',
  effective: (date: string, version: string, updated?: string) =>
    `Í gildi frá ${date}, útgáfa ${version}${updated ? `. Síðast uppfært ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Síðast uppfært ${date}, útgáfa ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `efnislína: „${subject}“`,
  optional: 'valkvætt',
  sensitive: 'viðkvæmar upplýsingar',
  sources: { provided: 'frá þér', automatic: 'safnað sjálfkrafa', 'third-party': 'frá þriðju aðilum' },
  dpa: 'Bundið vinnslusamningi',
  labelCollected: 'Hverju við söfnum',
  labelPurposes: 'Í hvaða tilgangi',
  labelShared: 'Selt eða deilt',
  labelKept: 'Hversu lengi',
  notSold: 'Aldrei selt eða deilt',
  sold: 'Já, sjá hverjir fá þau',
  type: 'Gögn',
  storage: 'Geymsla og vernd',
  legalBasis: 'Vinnsluheimild',
  recipient: 'Viðtakandi',
  location: 'Staðsetning',
  howLong: 'Geymt',
  after: (period: string, event: string) => `${period} eftir ${event}`,
  until: (event: string) => `Þar til ${event}`,
  indefinite: 'Ótímabundið',
  minimumAge: (age: number) => `Ekki ætlað börnum yngri en ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: yngri en ${years(age)}.`,
  breachWithin: (window: string) => `Tilkynnt er um öryggisbresti sem varða þig innan ${window}.`,
  noticeBefore: (period: string) => `Tilkynnt er um verulegar breytingar með minnst ${period} fyrirvara.`,
  answerWithin: (period: string) => `Við svörum innan ${period}.`,
  how: 'Hvernig',
  extension: (period: string) => `Framlengja má frestinn um ${period}.`,
  requestOnline: 'Beiðnaeyðublaðið á þessum vef',
  dpo: 'Persónuverndarfulltrúi',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Við seljum persónulegar upplýsingar og deilum þeim vegna atferlismiðaðra auglýsinga þvert á samhengi.'
      : sells
        ? 'Við seljum persónulegar upplýsingar.'
        : shares
          ? 'Við deilum persónulegum upplýsingum vegna atferlismiðaðra auglýsinga þvert á samhengi.'
          : 'Við hvorki seljum né deilum persónulegum upplýsingum þínum.') as typeof english.sale,
  usedFor: (uses: string) => `Notað til: ${uses}`,
  uses: {
    sale: 'sala persónulegra upplýsinga',
    sharing: 'deiling vegna atferlismiðaðra auglýsinga þvert á samhengi',
    'targeted-advertising': 'markvissar auglýsingar',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Virt',
  honouredNo: 'Ekki virt',
  roles: {
    processor: 'Vinnsluaðili',
    controller: 'Sjálfstæður ábyrgðaraðili',
    'third-party': 'Þriðji aðili',
    'user-chosen': 'Valið af þér',
  },
  sections: {
    about: 'Hver við erum',
    collected: 'Gögn sem við söfnum',
    notCollected: 'Gögn sem við söfnum ekki',
    purposes: 'Hvers vegna við notum þau',
    storage: 'Hvar þau eru geymd',
    recipients: 'Hverjir fá þau',
    retention: 'Hversu lengi við geymum þau',
    cookies: 'Vafrakökur og geymsla',
    security: 'Öryggi',
    transfers: 'Flutningur til annarra landa',
    signals: 'Persónuverndarmerki',
    children: 'Börn',
    changes: 'Breytingar og öryggisbrestir',
    rights: 'Réttindi þín',
    contact: 'Hafa samband',
    commitments: 'Það sem við gerum aldrei',
    notes: 'Nánar',
  },
  legalBases: {
    consent: 'Samþykki þitt',
    contract: 'Nauðsynlegt vegna samnings okkar við þig',
    'legal-obligation': 'Lagaskylda',
    'vital-interests': 'Til að vernda líf einhvers',
    'public-task': 'Verkefni í þágu almannahagsmuna',
    'legitimate-interests': 'Lögmætir hagsmunir okkar',
  },
};
