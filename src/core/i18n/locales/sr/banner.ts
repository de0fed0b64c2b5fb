import type { bannerStrings as english } from '../../en/banner.js';

/** Serbian (Cyrillic) UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Колачићи на овом сајту',
  noticeText:
    'Овај сајт користи само колачиће и складиште који су строго неопходни за његов рад. За њих није потребан пристанак, па нема ничега што бисте прихватили или одбили.',
  cookieDetails: 'Детаљи о колачићима',
  acknowledge: 'Разумем',
  promptTitle: 'Ваша подешавања приватности',
  promptText:
    'За рад овог сајта користимо строго неопходне колачиће. Ништа опционо не користимо док не одлучите, а своју одлуку можете да промените у било ком тренутку.',
  promptPurposes: (purposes: string) => `Уз ваш пристанак колачиће бисмо користили и у ове сврхе: ${purposes}.`,
  promptRecipients: (recipients: string) => `Подаци из њих ишли би овим примаоцима: ${recipients}.`,
  promptMore: 'Погледај све колачиће и примаоце података',
  acceptAll: 'Прихвати све',
  rejectAll: 'Одбиј све',
  customize: 'Прилагоди',
  preferencesTitle: 'Подешавања приватности',
  save: 'Сачувај избор',
  alwaysOn: 'Увек укључено',
  reopen: 'Избори у вези с приватношћу',
  storageUnavailable: 'Ваш прегледач блокира колачиће, па овај избор важи само за ову страницу.',
  embedHeld: (provider: string, purpose: string) =>
    `Овај садржај потиче од пружаоца услуге ${provider}. Ако га учитате, пружалац услуге ${provider} моћи ће да поставља колачиће у ове сврхе: ${purpose}.`,
  embedLoadOnce: 'Учитај само овај пут',
  embedAlwaysAllow: (category: string) => `Увек дозволи: ${category}`,
  signalConflict:
    'Ваш прегледач шаље сигнал приватности којим се одбија продаја и дељење. Поштујемо га, па ове категорије остају искључене док је сигнал укључен.',
};
