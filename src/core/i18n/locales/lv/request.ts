import type { requestStrings as english } from '../../en/request.js';

/** Latvian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Iesniegt privātuma pieprasījumu',
  requestTitle: 'Iesniegt privātuma pieprasījumu',
  requestChoose: 'Kuras tiesības vēlaties izmantot?',
  requestEmail: 'Jūsu e-pasta adrese',
  requestDetails: 'Sīkāka informācija (neobligāti)',
  requestSubmit: 'Nosūtīt pieprasījumu',
  requestSending: 'Sūta…',
  requestSent: (reference: string) =>
    `Jūsu pieprasījums ir saņemts.${reference ? ` Atsauces numurs: ${reference}` : ''}`,
  requestByEmail: 'Rakstīt e-pastu',
  requestSelfService: 'Pašapkalpošanās jūsu kontā',
  requestDeadline: (date: string) => `Mēs atbildēsim līdz ${date}.`,
  requestNoIdentity: 'Šim pieprasījumam no jums netiks prasīti personu apliecinoši dokumenti.',
  requestRetry: 'Mēģināt vēlreiz',
  requestFailed: (reason: string) =>
    `Jūsu pieprasījumu neizdevās nosūtīt (${reason}). Nekas no ievadītā nav zudis: mēģiniet vēlreiz vai nosūtiet to pa e-pastu.`,
  requestUncertain:
    'Mēs laikus nesaņēmām atbildi, tāpēc jūsu pieprasījums, iespējams, nav nonācis galā. Nekas no ievadītā nav zudis: mēģiniet vēlreiz (tas netiks ieskaitīts divreiz) vai nosūtiet to pa e-pastu.',
  requestNetworkError: 'nav savienojuma',
  requestServerError: (status: number) => `serveris atbildēja ar kodu ${status}`,
  requestBadReply: 'servera atbilde nebija apstiprinājums',
  requestOptional: '(neobligāti)',
  requestNoMethod:
    'Šajā politikā nav norādīts veids, kā šo pieprasījumu iesniegt tiešsaistē. Izmantojiet privātuma politikā norādīto kontaktinformāciju.',
  invalidEmail: 'Ievadiet e-pasta adresi, piemēram, vards@example.com.',
  required: 'Šis lauks ir obligāts.',
  back: 'Atpakaļ',
  requestObjectionTitle: 'Jūsu tiesības iebilst',
  requestOtherRights: 'Jūsu pārējās tiesības',
  requestNoEmail: 'Šajā politikā nav norādīta e-pasta adrese pieprasījumiem.',
  requestNoRights: 'Šajā politikā nav uzskaitītas tiesības, kuras šeit varat izmantot.',
  requestBody: (right: string) => `Vēlos izmantot savas tiesības: ${right}.`,
  requestFrom: (email: string) => `Mana e-pasta adrese: ${email}`,
};
