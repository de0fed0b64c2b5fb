import type { bannerStrings as english } from '../../en/banner.js';

/** Serbian (Cyrillic) UI strings: the cookie banner’s first layer. */
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
  reopen: 'Избори у вези с приватношћу',
  storageUnavailable: 'Ваш прегледач блокира колачиће, па овај избор важи само за ову страницу.',
};
