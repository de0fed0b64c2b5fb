import type { requestStrings as english } from '../../en/request.js';

/** Russian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Подать запрос о персональных данных',
  requestTitle: 'Запрос о персональных данных',
  requestChoose: 'Каким правом вы хотите воспользоваться?',
  requestEmail: 'Ваш адрес электронной почты',
  requestDetails: 'Подробности (необязательно)',
  requestSubmit: 'Отправить запрос',
  requestSending: 'Отправка…',
  requestSent: (reference: string) => `Ваш запрос получен.${reference ? ` Номер обращения: ${reference}` : ''}`,
  requestByEmail: 'Написать письмо',
  requestSelfService: 'Сделать это самостоятельно в своей учетной записи',
  // The Russian long date already ends with "г." ("1 января 2025 г.").
  requestDeadline: (date: string) => `Мы ответим до ${date}`,
  requestNoIdentity: 'Для этого запроса у вас не будут запрашивать документы, удостоверяющие личность.',
  requestRetry: 'Повторить попытку',
  requestFailed: (reason: string) =>
    `Не удалось отправить ваш запрос (${reason}). Введенные данные не потеряны: повторите попытку или отправьте запрос по электронной почте.`,
  requestUncertain:
    'Мы не получили ответ вовремя, поэтому ваш запрос мог не дойти. Введенные данные не потеряны: повторите попытку (запрос не будет учтен дважды) или отправьте его по электронной почте.',
  requestNetworkError: 'нет соединения',
  requestServerError: (status: number) => `сервер ответил кодом ${status}`,
  requestBadReply: 'ответ сервера не был подтверждением',
  requestOptional: '(необязательно)',
  requestNoMethod:
    'В этой политике не указан способ подать такой запрос онлайн. Воспользуйтесь контактными данными из политики конфиденциальности.',
  invalidEmail: 'Введите адрес электронной почты, например ivan@example.com.',
  required: 'Это поле обязательно.',
  back: 'Назад',
  requestObjectionTitle: 'Ваше право на возражение',
  requestOtherRights: 'Другие ваши права',
  requestNoEmail: 'В этой политике не указан адрес электронной почты для запросов.',
  requestNoRights: 'В этой политике не указаны права, которыми здесь можно воспользоваться.',
  requestBody: (right: string) => `Я хочу воспользоваться своим правом: ${right}.`,
  requestFrom: (email: string) => `Мой адрес электронной почты: ${email}`,
};
