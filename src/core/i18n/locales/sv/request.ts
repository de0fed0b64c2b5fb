import type { requestStrings as english } from '../../en/request.js';

/** Swedish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Utöva dina rättigheter',
  requestTitle: 'Utöva dina rättigheter',
  requestChoose: 'Vilken rättighet vill du utöva?',
  requestEmail: 'Din e-postadress',
  requestDetails: 'Mer information (valfritt)',
  requestSubmit: 'Skicka begäran',
  requestSending: 'Skickar…',
  requestSent: (reference: string) => `Din begäran har tagits emot.${reference ? ` Referensnummer: ${reference}` : ''}`,
  requestByEmail: 'Skriv ett e-postmeddelande',
  requestSelfService: 'Gör det själv i ditt konto',
  requestDeadline: (date: string) => `Vi svarar senast ${date}.`,
  requestNoIdentity: 'Du kommer inte att behöva visa id-handlingar för den här begäran.',
  requestRetry: 'Försök igen',
  requestFailed: (reason: string) =>
    `Din begäran kunde inte skickas (${reason}). Inget av det du har skrivit har gått förlorat: försök igen eller skicka den via e-post.`,
  requestUncertain:
    'Vi fick inget svar i tid, så din begäran kanske inte har kommit fram. Inget av det du har skrivit har gått förlorat: försök igen (den räknas inte två gånger) eller skicka den via e-post.',
  requestNetworkError: 'ingen anslutning',
  requestServerError: (status: number) => `servern svarade med ${status}`,
  requestBadReply: 'serverns svar var ingen bekräftelse',
  requestOptional: '(valfritt)',
  requestNoMethod:
    'Den här policyn anger inget sätt att göra den här begäran online. Använd kontaktuppgifterna i integritetspolicyn.',
  invalidEmail: 'Ange en e-postadress, till exempel namn@example.com.',
  required: 'Det här fältet är obligatoriskt.',
  back: 'Tillbaka',
  requestObjectionTitle: 'Din rätt att göra invändningar',
  requestOtherRights: 'Dina övriga rättigheter',
  requestNoEmail: 'Den här policyn anger ingen e-postadress för begäranden.',
  requestNoRights: 'Den här policyn anger inga rättigheter som du kan utöva här.',
  requestBody: (right: string) => `Jag vill utöva min rätt: ${right}.`,
  requestFrom: (email: string) => `Min e-postadress: ${email}`,
};
