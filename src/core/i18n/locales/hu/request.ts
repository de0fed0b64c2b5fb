import type { requestStrings as english } from '../../en/request.js';

/** Hungarian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Adatvédelmi kérelem benyújtása',
  requestTitle: 'Adatvédelmi kérelem benyújtása',
  requestChoose: 'Melyik jogát kívánja gyakorolni?',
  requestEmail: 'Az Ön e-mail-címe',
  requestDetails: 'Részletek (nem kötelező)',
  requestSubmit: 'Kérelem elküldése',
  requestSending: 'Küldés…',
  requestSent: (reference: string) => `Kérelmét megkaptuk.${reference ? ` Hivatkozási szám: ${reference}` : ''}`,
  requestByEmail: 'E-mail írása',
  requestSelfService: 'Intézze el saját maga a fiókjában',
  requestDeadline: (date: string) => `Válaszunk határideje: ${date}.`,
  requestNoIdentity: 'Ehhez a kérelemhez nem kérünk Öntől személyazonosító okmányokat.',
  requestRetry: 'Újrapróbálkozás',
  requestFailed: (reason: string) =>
    `Kérelmét nem sikerült elküldeni (${reason}). Semmi sem veszett el abból, amit megadott: próbálja újra, vagy küldje el e-mailben.`,
  requestUncertain:
    'Nem kaptunk időben választ, ezért lehet, hogy kérelme nem érkezett meg. Semmi sem veszett el abból, amit megadott: próbálja újra (nem számít kétszer), vagy küldje el e-mailben.',
  requestNetworkError: 'nincs kapcsolat',
  requestServerError: (status: number) => `a szerver ezzel a kóddal válaszolt: ${status}`,
  requestBadReply: 'a szerver válasza nem visszaigazolás volt',
  requestOptional: '(nem kötelező)',
  requestNoMethod:
    'Ez a tájékoztató nem ad meg módot arra, hogy ezt a kérelmet online nyújtsa be. Használja az adatvédelmi tájékoztatóban szereplő elérhetőségeket.',
  invalidEmail: 'Adjon meg egy e-mail-címet, például: name@example.com.',
  required: 'Ez a mező kötelező.',
  back: 'Vissza',
  requestObjectionTitle: 'Az Ön tiltakozáshoz való joga',
  requestOtherRights: 'Az Ön további jogai',
  requestNoEmail: 'Ez a tájékoztató nem ad meg e-mail-címet a kérelmekhez.',
  requestNoRights: 'Ez a tájékoztató nem sorol fel olyan jogot, amellyel kapcsolatban itt kérelmet nyújthat be.',
  requestBody: (right: string) => `Szeretném gyakorolni a következő jogomat: ${right}.`,
  requestFrom: (email: string) => `E-mail-címem: ${email}`,
};
