import type { bannerStrings as english } from '../../en/banner.js';

/** Ukrainian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Файли cookie на цьому сайті',
  noticeText:
    'Цей сайт використовує лише файли cookie та сховище, суворо необхідні для його роботи. Для них не потрібна згода, тому приймати чи відхиляти нічого.',
  cookieDetails: 'Докладніше про файли cookie',
  acknowledge: 'Зрозуміло',
  promptTitle: 'Ваші налаштування конфіденційності',
  promptText:
    'Ми використовуємо суворо необхідні файли cookie для роботи цього сайту. Нічого необов’язкового не використовується, доки ви не зробите вибір, і ви можете змінити своє рішення будь-коли.',
  promptPurposes: (purposes: string) =>
    `З вашої згоди ми також використовували б файли cookie для таких цілей: ${purposes}.`,
  promptRecipients: (recipients: string) => `Дані з них передавалися б таким одержувачам: ${recipients}.`,
  promptMore: 'Переглянути всі файли cookie та одержувачів даних',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  customize: 'Налаштувати',
  reopen: 'Налаштування конфіденційності',
  storageUnavailable: 'Ваш браузер блокує файли cookie, тому цей вибір діє лише на цій сторінці.',
};
