import type { requestStrings as english } from '../../en/request.js';

/** Slovak UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Podať žiadosť týkajúcu sa súkromia',
  requestTitle: 'Podať žiadosť týkajúcu sa súkromia',
  requestChoose: 'Ktoré právo chcete uplatniť?',
  requestEmail: 'Vaša e-mailová adresa',
  requestDetails: 'Podrobnosti (nepovinné)',
  requestSubmit: 'Odoslať žiadosť',
  requestSending: 'Odosiela sa…',
  requestSent: (reference: string) => `Vaša žiadosť bola prijatá.${reference ? ` Referenčné číslo: ${reference}` : ''}`,
  requestByEmail: 'Napísať e-mail',
  requestSelfService: 'Vybaviť sami vo svojom účte',
  requestDeadline: (date: string) => `Odpovieme do ${date}.`,
  requestNoIdentity: 'Pri tejto žiadosti od vás nebudeme požadovať doklady totožnosti.',
  requestRetry: 'Skúsiť znova',
  requestFailed: (reason: string) =>
    `Vašu žiadosť sa nepodarilo odoslať (${reason}). Nič z toho, čo ste zadali, sa nestratilo: skúste to znova alebo žiadosť pošlite e-mailom.`,
  requestUncertain:
    'Odpoveď sme nedostali včas, takže vaša žiadosť možno nedorazila. Nič z toho, čo ste zadali, sa nestratilo: skúste to znova (žiadosť nebude započítaná dvakrát) alebo ju pošlite e-mailom.',
  requestNetworkError: 'bez pripojenia',
  requestServerError: (status: number) => `server odpovedal kódom ${status}`,
  requestBadReply: 'odpoveď servera nebola potvrdením',
  requestOptional: '(nepovinné)',
  requestNoMethod:
    'Tieto zásady neuvádzajú žiadny spôsob, ako túto žiadosť podať online. Použite kontaktné údaje uvedené v zásadách ochrany osobných údajov.',
  invalidEmail: 'Zadajte e-mailovú adresu, napríklad meno@example.com.',
  required: 'Toto pole je povinné.',
  back: 'Späť',
  requestObjectionTitle: 'Vaše právo namietať',
  requestOtherRights: 'Vaše ďalšie práva',
  requestNoEmail: 'Tieto zásady neuvádzajú e-mailovú adresu na žiadosti.',
  requestNoRights: 'Tieto zásady neuvádzajú žiadne práva, ktoré tu môžete uplatniť.',
  requestBody: (right: string) => `Chcem uplatniť svoje právo: ${right}.`,
  requestFrom: (email: string) => `Moja e-mailová adresa: ${email}`,
};
