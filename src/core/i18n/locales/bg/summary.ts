import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('bg', age, { one: 'година', other: 'години' })}`;

/** Bulgarian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Поверителност накратко',
  effective: (date: string, version: string, updated?: string) =>
    `В сила от ${date}, версия ${version}${updated ? `. Последна актуализация: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Последна актуализация: ${date}, версия ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `тема: „${subject}“`,
  optional: 'по избор',
  sensitive: 'чувствителни',
  sources: { provided: 'предоставени от вас', automatic: 'събирани автоматично', 'third-party': 'от трети страни' },
  dpa: 'Обвързан с договор за обработване на данни',
  labelCollected: 'Какво събираме',
  labelPurposes: 'За какво',
  labelShared: 'Продажба или споделяне',
  labelKept: 'Колко дълго',
  notSold: 'Никога не се продават и не се споделят',
  sold: 'Да – вижте кой ги получава',
  type: 'Данни',
  storage: 'Съхранение и защита',
  legalBasis: 'Правно основание',
  recipient: 'Получател',
  location: 'Местоположение',
  howLong: 'Срок на съхранение',
  after: (period: string, event: string) => `${period} след ${event}`,
  until: (event: string) => `До ${event}`,
  indefinite: 'Безсрочно',
  minimumAge: (age: number) => `Не е предназначено за деца под ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: под ${years(age)}.`,
  breachWithin: (window: string) =>
    `Нарушенията на сигурността на данните, които ви засягат, се съобщават в срок до ${window}.`,
  noticeBefore: (period: string) => `Съществените промени се обявяват най-малко ${period} предварително.`,
  answerWithin: (period: string) => `Отговаряме в срок до ${period}.`,
  how: 'Начин',
  extension: (period: string) => `Този срок може да бъде удължен с ${period}.`,
  requestOnline: 'Формулярът за искания на този сайт',
  dpo: 'Длъжностно лице по защита на данните',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Продаваме лични данни и ги споделяме за поведенческа реклама въз основа на дейността в различни сайтове и услуги.'
      : sells
        ? 'Продаваме лични данни.'
        : shares
          ? 'Споделяме лични данни за поведенческа реклама въз основа на дейността в различни сайтове и услуги.'
          : 'Не продаваме и не споделяме личните ви данни.') as typeof english.sale,
  usedFor: (uses: string) => `Използват се за: ${uses}`,
  uses: {
    sale: 'продажба на лични данни',
    sharing: 'споделяне за поведенческа реклама въз основа на дейността в различни сайтове и услуги',
    'targeted-advertising': 'насочена реклама',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Зачита се',
  honouredNo: 'Не се зачита',
  roles: {
    processor: 'Обработващ лични данни',
    controller: 'Самостоятелен администратор',
    'third-party': 'Трета страна',
    'user-chosen': 'Избран от вас',
  },
  sections: {
    about: 'Кои сме ние',
    collected: 'Данни, които събираме',
    notCollected: 'Данни, които не събираме',
    purposes: 'За какво ги използваме',
    storage: 'Къде се съхраняват',
    recipients: 'Кой ги получава',
    retention: 'Колко дълго ги пазим',
    cookies: 'Бисквитки и хранилище',
    security: 'Сигурност',
    transfers: 'Международни предавания',
    signals: 'Сигнали за поверителност',
    children: 'Деца',
    changes: 'Промени и нарушения',
    rights: 'Вашите права',
    contact: 'Контакт',
    commitments: 'Какво никога не правим',
    notes: 'Още',
  },
  legalBases: {
    consent: 'Вашето съгласие',
    contract: 'Необходимо за договора ни с вас',
    'legal-obligation': 'Изисква се по закон',
    'vital-interests': 'За защита на нечий живот',
    'public-task': 'Задача от обществен интерес',
    'legitimate-interests': 'Нашите легитимни интереси',
  },
};
