import type { bannerStrings as english } from '../../en/banner.js';

/** Russian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Файлы cookie на этом сайте',
  noticeText:
    'Этот сайт использует только файлы cookie и хранилище, строго необходимые для его работы. Для них не требуется согласие, поэтому принимать или отклонять нечего.',
  cookieDetails: 'Подробнее о файлах cookie',
  acknowledge: 'Понятно',
  promptTitle: 'Ваши настройки конфиденциальности',
  promptText:
    'Мы используем строго необходимые файлы cookie для работы этого сайта. Ничего необязательного не используется, пока вы не сделаете выбор, и вы можете изменить свое решение в любой момент.',
  promptPurposes: (purposes: string) =>
    `С вашего согласия мы также использовали бы файлы cookie для следующих целей: ${purposes}.`,
  promptRecipients: (recipients: string) => `Данные из них передавались бы следующим получателям: ${recipients}.`,
  promptMore: 'Посмотреть все файлы cookie и получателей данных',
  acceptAll: 'Принять все',
  rejectAll: 'Отклонить все',
  customize: 'Настроить',
  reopen: 'Настройки конфиденциальности',
  storageUnavailable: 'Ваш браузер блокирует файлы cookie, поэтому этот выбор действует только на этой странице.',
};
