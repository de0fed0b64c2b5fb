import type { requestStrings as english } from '../../en/request.js';

/** Bulgarian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Подаване на искане за поверителност',
  requestTitle: 'Подаване на искане за поверителност',
  requestChoose: 'Кое право искате да упражните?',
  requestEmail: 'Вашият имейл адрес',
  requestDetails: 'Подробности (по избор)',
  requestSubmit: 'Изпращане на искането',
  requestSending: 'Изпращане…',
  requestSent: (reference: string) => `Искането ви е получено.${reference ? ` Референтен номер: ${reference}` : ''}`,
  requestByEmail: 'Напишете имейл',
  requestSelfService: 'Направете го сами в профила си',
  // The Bulgarian long date already ends with "г." ("1 януари 2025 г.").
  requestDeadline: (date: string) => `Ще отговорим до ${date}`,
  requestNoIdentity: 'За това искане няма да ви бъдат искани документи за самоличност.',
  requestRetry: 'Нов опит',
  requestFailed: (reason: string) =>
    `Искането ви не можа да бъде изпратено (${reason}). Нищо от въведеното не е загубено: опитайте отново или изпратете искането по имейл.`,
  requestUncertain:
    'Не получихме отговор навреме, затова искането ви може да не е пристигнало. Нищо от въведеното не е загубено: опитайте отново (искането няма да бъде отчетено два пъти) или го изпратете по имейл.',
  requestNetworkError: 'няма връзка',
  requestServerError: (status: number) => `сървърът отговори с код ${status}`,
  requestBadReply: 'отговорът на сървъра не беше потвърждение',
  requestOptional: '(по избор)',
  requestNoMethod:
    'Тази политика не посочва начин за подаване на това искане онлайн. Използвайте данните за контакт в политиката за поверителност.',
  invalidEmail: 'Въведете имейл адрес, например ime@example.com.',
  required: 'Това поле е задължително.',
  back: 'Назад',
  requestObjectionTitle: 'Вашето право на възражение',
  requestOtherRights: 'Другите ви права',
  requestNoEmail: 'Тази политика не посочва имейл адрес за искания.',
  requestNoRights: 'Тази политика не посочва права, които можете да упражните тук.',
  requestBody: (right: string) => `Искам да упражня правото си: ${right}.`,
  requestFrom: (email: string) => `Моят имейл адрес: ${email}`,
};
