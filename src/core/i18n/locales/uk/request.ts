import type { requestStrings as english } from '../../en/request.js';

/** Ukrainian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Подати запит щодо персональних даних',
  requestTitle: 'Запит щодо персональних даних',
  requestChoose: 'Яким правом ви хочете скористатися?',
  requestEmail: 'Ваша адреса електронної пошти',
  requestDetails: 'Подробиці (необов’язково)',
  requestSubmit: 'Надіслати запит',
  requestSending: 'Надсилання…',
  requestSent: (reference: string) => `Ваш запит отримано.${reference ? ` Номер звернення: ${reference}` : ''}`,
  requestByEmail: 'Написати листа',
  requestSelfService: 'Зробити це самостійно у своєму обліковому записі',
  // The Ukrainian long date already ends with "р." ("1 січня 2025 р.").
  requestDeadline: (date: string) => `Ми відповімо до ${date}`,
  requestNoIdentity: 'Для цього запиту у вас не проситимуть документів, що посвідчують особу.',
  requestRetry: 'Спробувати ще раз',
  requestFailed: (reason: string) =>
    `Не вдалося надіслати ваш запит (${reason}). Введені дані не втрачено: спробуйте ще раз або надішліть запит електронною поштою.`,
  requestUncertain:
    'Ми не отримали відповіді вчасно, тому ваш запит міг не надійти. Введені дані не втрачено: спробуйте ще раз (запит не буде враховано двічі) або надішліть його електронною поштою.',
  requestNetworkError: 'немає з’єднання',
  requestServerError: (status: number) => `сервер відповів кодом ${status}`,
  requestBadReply: 'відповідь сервера не була підтвердженням',
  requestOptional: '(необов’язково)',
  requestNoMethod:
    'Ця політика не зазначає способу подати такий запит онлайн. Скористайтеся контактними даними з політики конфіденційності.',
  invalidEmail: 'Введіть адресу електронної пошти, наприклад ivan@example.com.',
  required: 'Це поле обов’язкове.',
  back: 'Назад',
  requestObjectionTitle: 'Ваше право на заперечення',
  requestOtherRights: 'Інші ваші права',
  requestNoEmail: 'Ця політика не зазначає адреси електронної пошти для запитів.',
  requestNoRights: 'Ця політика не зазначає прав, якими тут можна скористатися.',
  requestBody: (right: string) => `Я хочу скористатися своїм правом: ${right}.`,
  requestFrom: (email: string) => `Моя адреса електронної пошти: ${email}`,
};
