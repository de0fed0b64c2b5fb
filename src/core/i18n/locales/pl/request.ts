import type { requestStrings as english } from '../../en/request.js';

/** Polish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Złóż wniosek dotyczący prywatności',
  requestTitle: 'Złóż wniosek dotyczący prywatności',
  requestChoose: 'Z którego prawa chcesz skorzystać?',
  requestEmail: 'Twój adres e-mail',
  requestDetails: 'Szczegóły (opcjonalnie)',
  requestSubmit: 'Wyślij wniosek',
  requestSending: 'Wysyłanie…',
  requestSent: (reference: string) =>
    `Otrzymaliśmy Twój wniosek.${reference ? ` Numer referencyjny: ${reference}` : ''}`,
  requestByEmail: 'Napisz e-mail',
  requestSelfService: 'Zrób to samodzielnie na swoim koncie',
  requestDeadline: (date: string) => `Odpowiemy do ${date}.`,
  requestNoIdentity: 'W związku z tym wnioskiem nie poprosimy Cię o dokumenty tożsamości.',
  requestRetry: 'Spróbuj ponownie',
  requestFailed: (reason: string) =>
    `Nie udało się wysłać Twojego wniosku (${reason}). Wprowadzone dane nie zostały utracone: spróbuj ponownie lub wyślij wniosek e-mailem.`,
  requestUncertain:
    'Nie otrzymaliśmy odpowiedzi na czas, więc Twój wniosek mógł do nas nie dotrzeć. Wprowadzone dane nie zostały utracone: spróbuj ponownie (wniosek nie zostanie policzony dwa razy) lub wyślij go e-mailem.',
  requestNetworkError: 'brak połączenia',
  requestServerError: (status: number) => `serwer odpowiedział kodem ${status}`,
  requestBadReply: 'odpowiedź serwera nie była potwierdzeniem',
  requestOptional: '(opcjonalnie)',
  requestNoMethod:
    'Ta polityka nie wskazuje sposobu złożenia tego wniosku online. Skorzystaj z danych kontaktowych podanych w polityce prywatności.',
  invalidEmail: 'Wpisz adres e-mail, np. nazwa@example.com.',
  required: 'To pole jest wymagane.',
  back: 'Wstecz',
  requestObjectionTitle: 'Twoje prawo do sprzeciwu',
  requestOtherRights: 'Twoje pozostałe prawa',
  requestNoEmail: 'Ta polityka nie podaje adresu e-mail do składania wniosków.',
  requestNoRights: 'Ta polityka nie wymienia żadnych praw, z których można tu skorzystać.',
  requestBody: (right: string) => `Chcę skorzystać z mojego prawa: ${right}.`,
  requestFrom: (email: string) => `Mój adres e-mail: ${email}`,
};
