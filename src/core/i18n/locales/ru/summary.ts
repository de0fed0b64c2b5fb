import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

// „младше“ takes the genitive: 1 и 21 года, 2 и 5 лет; CLDR's `other` is for fractions (1,5 года).
const years = (age: number) => `${age} ${plural('ru', age, { one: 'года', few: 'лет', many: 'лет', other: 'года' })}`;

/** Russian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Конфиденциальность вкратце',
  effective: (date: string, version: string, updated?: string) =>
    `Действует с ${date}, версия ${version}${updated ? `. Последнее обновление: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Последнее обновление: ${date}, версия ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `тема письма: «${subject}»`,
  optional: 'необязательно',
  sensitive: 'чувствительные',
  sources: { provided: 'предоставлены вами', automatic: 'собираются автоматически', 'third-party': 'от третьих лиц' },
  dpa: 'Действует по договору об обработке данных',
  labelCollected: 'Что мы собираем',
  labelPurposes: 'Для чего',
  labelShared: 'Продажа или передача',
  labelKept: 'Как долго',
  notSold: 'Никогда не продаются и не передаются',
  sold: 'Да — посмотрите, кто их получает',
  type: 'Данные',
  storage: 'Хранение и защита',
  legalBasis: 'Правовое основание',
  recipient: 'Получатель',
  location: 'Местонахождение',
  howLong: 'Срок хранения',
  after: (period: string, event: string) => `${period} после события: ${event}`,
  until: (event: string) => `До события: ${event}`,
  indefinite: 'Бессрочно',
  minimumAge: (age: number) => `Не предназначено для детей младше ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: младше ${years(age)}.`,
  breachWithin: (window: string) => `О нарушениях, затрагивающих вас, мы сообщаем не позднее чем через ${window}.`,
  noticeBefore: (period: string) =>
    `О существенных изменениях мы сообщаем не менее чем за ${period} до их вступления в силу.`,
  answerWithin: (period: string) => `Мы отвечаем не позднее чем через ${period}.`,
  how: 'Способ',
  extension: (period: string) => `Этот срок может быть продлен на ${period}.`,
  requestOnline: 'Форма запроса на этом сайте',
  dpo: 'Инспектор по защите данных',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Мы продаем персональные данные и передаем их для поведенческой рекламы на основе активности на разных сайтах и в разных сервисах.'
      : sells
        ? 'Мы продаем персональные данные.'
        : shares
          ? 'Мы передаем персональные данные для поведенческой рекламы на основе активности на разных сайтах и в разных сервисах.'
          : 'Мы не продаем и не передаем ваши персональные данные.') as typeof english.sale,
  usedFor: (uses: string) => `Назначение: ${uses}`,
  uses: {
    sale: 'продажа персональных данных',
    sharing: 'передача для поведенческой рекламы на основе активности на разных сайтах и в разных сервисах',
    'targeted-advertising': 'таргетированная реклама',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Учитывается',
  honouredNo: 'Не учитывается',
  roles: {
    processor: 'Обработчик',
    controller: 'Независимый контролер',
    'third-party': 'Третья сторона',
    'user-chosen': 'Выбран вами',
  },
  sections: {
    about: 'Кто мы',
    collected: 'Какие данные мы собираем',
    notCollected: 'Какие данные мы не собираем',
    purposes: 'Зачем мы их используем',
    storage: 'Где они хранятся',
    recipients: 'Кто их получает',
    retention: 'Как долго мы их храним',
    cookies: 'Файлы cookie и хранилище',
    security: 'Безопасность',
    transfers: 'Международная передача данных',
    signals: 'Сигналы конфиденциальности',
    children: 'Дети',
    changes: 'Изменения и нарушения',
    rights: 'Ваши права',
    contact: 'Контакты',
    commitments: 'Чего мы никогда не делаем',
    notes: 'Дополнительно',
  },
  legalBases: {
    consent: 'Ваше согласие',
    contract: 'Необходимо для исполнения договора с вами',
    'legal-obligation': 'Требуется по закону',
    'vital-interests': 'Для защиты чьей-либо жизни',
    'public-task': 'Задача в общественных интересах',
    'legitimate-interests': 'Наши законные интересы',
  },
};
