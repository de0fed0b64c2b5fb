import type { requestStrings as english } from '../../en/request.js';

/** Czech UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Podat žádost týkající se soukromí',
  requestTitle: 'Podat žádost týkající se soukromí',
  requestChoose: 'Které právo chcete uplatnit?',
  requestEmail: 'Vaše e-mailová adresa',
  requestDetails: 'Podrobnosti (nepovinné)',
  requestSubmit: 'Odeslat žádost',
  requestSending: 'Odesílání…',
  requestSent: (reference: string) => `Vaše žádost byla přijata.${reference ? ` Referenční číslo: ${reference}` : ''}`,
  requestByEmail: 'Napsat e-mail',
  requestSelfService: 'Vyřídit sami ve svém účtu',
  requestDeadline: (date: string) => `Odpovíme do ${date}.`,
  requestNoIdentity: 'K této žádosti po vás nebudeme požadovat doklady totožnosti.',
  requestRetry: 'Zkusit znovu',
  requestFailed: (reason: string) =>
    `Vaši žádost se nepodařilo odeslat (${reason}). Nic z toho, co jste zadali, se neztratilo: zkuste to znovu, nebo žádost pošlete e-mailem.`,
  requestUncertain:
    'Odpověď jsme nedostali včas, takže vaše žádost možná nedorazila. Nic z toho, co jste zadali, se neztratilo: zkuste to znovu (žádost nebude započítána dvakrát), nebo ji pošlete e-mailem.',
  requestNetworkError: 'není připojení',
  requestServerError: (status: number) => `server odpověděl kódem ${status}`,
  requestBadReply: 'odpověď serveru nebyla potvrzením',
  requestOptional: '(nepovinné)',
  requestNoMethod:
    'Tyto zásady neuvádějí žádný způsob, jak tuto žádost podat online. Použijte kontaktní údaje uvedené v zásadách ochrany osobních údajů.',
  invalidEmail: 'Zadejte e-mailovou adresu, například jmeno@example.com.',
  required: 'Toto pole je povinné.',
  back: 'Zpět',
  requestObjectionTitle: 'Vaše právo vznést námitku',
  requestOtherRights: 'Vaše další práva',
  requestNoEmail: 'Tyto zásady neuvádějí e-mailovou adresu pro žádosti.',
  requestNoRights: 'Tyto zásady neuvádějí žádná práva, která zde můžete uplatnit.',
  requestBody: (right: string) => `Chci uplatnit své právo: ${right}.`,
  requestFrom: (email: string) => `Moje e-mailová adresa: ${email}`,
};
