import type { requestStrings as english } from '../../en/request.js';

/** Serbian (Cyrillic) UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Поднеси захтев у вези с приватношћу',
  requestTitle: 'Подношење захтева у вези с приватношћу',
  requestChoose: 'Које право желите да остварите?',
  requestEmail: 'Ваша адреса е-поште',
  requestDetails: 'Детаљи (опционо)',
  requestSubmit: 'Пошаљи захтев',
  requestSending: 'Слање…',
  requestSent: (reference: string) => `Ваш захтев је примљен.${reference ? ` Референтни број: ${reference}` : ''}`,
  requestByEmail: 'Напиши е-поруку',
  requestSelfService: 'Реши самостално у свом налогу',
  // The Serbian long date already ends with a full stop ("1. јануар 2025.").
  requestDeadline: (date: string) => `Рок за наш одговор: ${date}`,
  requestNoIdentity: 'За овај захтев нећемо од вас тражити лична документа.',
  requestRetry: 'Покушај поново',
  requestFailed: (reason: string) =>
    `Ваш захтев није могао да буде послат (${reason}). Ништа од унетог није изгубљено: покушајте поново или захтев пошаљите е-поштом.`,
  requestUncertain:
    'Нисмо на време добили одговор, па ваш захтев можда није стигао. Ништа од унетог није изгубљено: покушајте поново (захтев се неће рачунати двапут) или га пошаљите е-поштом.',
  requestNetworkError: 'нема везе',
  requestServerError: (status: number) => `сервер је одговорио кодом ${status}`,
  requestBadReply: 'одговор сервера није био потврда',
  requestOptional: '(опционо)',
  requestNoMethod:
    'Ова политика не наводи начин да се овај захтев поднесе онлајн. Користите контакт податке из политике приватности.',
  invalidEmail: 'Унесите адресу е-поште, нпр. ime@example.com.',
  required: 'Ово поље је обавезно.',
  back: 'Назад',
  requestObjectionTitle: 'Ваше право на приговор',
  requestOtherRights: 'Ваша остала права',
  requestNoEmail: 'Ова политика не наводи адресу е-поште за захтеве.',
  requestNoRights: 'Ова политика не наводи права која овде можете да остварите.',
  requestBody: (right: string) => `Желим да остварим своје право: ${right}.`,
  requestFrom: (email: string) => `Моја адреса е-поште: ${email}`,
};
