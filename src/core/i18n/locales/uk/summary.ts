import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

// „до“ takes the genitive: 1 і 21 року, 2 і 5 років; CLDR's `other` is for fractions (1,5 року).
const years = (age: number) =>
  `${age} ${plural('uk', age, { one: 'року', few: 'років', many: 'років', other: 'року' })}`;

/** Ukrainian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Конфіденційність коротко',
  effective: (date: string, version: string, updated?: string) =>
    `Діє з ${date}, версія ${version}${updated ? `. Останнє оновлення: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Останнє оновлення: ${date}, версія ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `тема листа: «${subject}»`,
  optional: 'необов’язково',
  sensitive: 'чутливі',
  sources: { provided: 'надані вами', automatic: 'збираються автоматично', 'third-party': 'від третіх осіб' },
  dpa: 'Діє за договором про обробку даних',
  labelCollected: 'Що ми збираємо',
  labelPurposes: 'Для чого',
  labelShared: 'Продаж або передавання',
  labelKept: 'Як довго',
  notSold: 'Ніколи не продаються й не передаються',
  sold: 'Так — перегляньте, хто їх отримує',
  type: 'Дані',
  storage: 'Зберігання та захист',
  legalBasis: 'Правова підстава',
  recipient: 'Одержувач',
  location: 'Місцезнаходження',
  howLong: 'Строк зберігання',
  after: (period: string, event: string) => `${period} після події: ${event}`,
  until: (event: string) => `До події: ${event}`,
  indefinite: 'Безстроково',
  minimumAge: (age: number) => `Не призначено для дітей віком до ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: до ${years(age)}.`,
  breachWithin: (window: string) => `Про порушення, що стосуються вас, ми повідомляємо не пізніше ніж через ${window}.`,
  noticeBefore: (period: string) =>
    `Про істотні зміни ми повідомляємо щонайменше за ${period} до набрання ними чинності.`,
  answerWithin: (period: string) => `Ми відповідаємо не пізніше ніж через ${period}.`,
  how: 'Спосіб',
  extension: (period: string) => `Цей строк може бути продовжено на ${period}.`,
  requestOnline: 'Форма запиту на цьому сайті',
  dpo: 'Співробітник з питань захисту даних',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Ми продаємо персональні дані та передаємо їх для поведінкової реклами на основі активності на різних сайтах і в різних сервісах.'
      : sells
        ? 'Ми продаємо персональні дані.'
        : shares
          ? 'Ми передаємо персональні дані для поведінкової реклами на основі активності на різних сайтах і в різних сервісах.'
          : 'Ми не продаємо й не передаємо ваші персональні дані.') as typeof english.sale,
  usedFor: (uses: string) => `Призначення: ${uses}`,
  uses: {
    sale: 'продаж персональних даних',
    sharing: 'передавання для поведінкової реклами на основі активності на різних сайтах і в різних сервісах',
    'targeted-advertising': 'таргетована реклама',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Враховується',
  honouredNo: 'Не враховується',
  roles: {
    processor: 'Розпорядник',
    controller: 'Самостійний володілець',
    'third-party': 'Третя особа',
    'user-chosen': 'Обраний вами',
  },
  sections: {
    about: 'Хто ми',
    collected: 'Які дані ми збираємо',
    notCollected: 'Які дані ми не збираємо',
    purposes: 'Навіщо ми їх використовуємо',
    storage: 'Де вони зберігаються',
    recipients: 'Хто їх отримує',
    retention: 'Як довго ми їх зберігаємо',
    cookies: 'Файли cookie та сховище',
    security: 'Безпека',
    transfers: 'Міжнародне передавання даних',
    signals: 'Сигнали конфіденційності',
    children: 'Діти',
    changes: 'Зміни та порушення',
    rights: 'Ваші права',
    contact: 'Контакти',
    commitments: 'Чого ми ніколи не робимо',
    notes: 'Додатково',
  },
  legalBases: {
    consent: 'Ваша згода',
    contract: 'Необхідно для виконання договору з вами',
    'legal-obligation': 'Вимагається законом',
    'vital-interests': 'Для захисту чийогось життя',
    'public-task': 'Завдання в суспільних інтересах',
    'legitimate-interests': 'Наші законні інтереси',
  },
};
