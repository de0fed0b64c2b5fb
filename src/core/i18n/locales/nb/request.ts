import type { requestStrings as english } from '../../en/request.js';

/** Norwegian Bokmål UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Utøv rettighetene dine',
  requestTitle: 'Utøv rettighetene dine',
  requestChoose: 'Hvilken rettighet vil du bruke?',
  requestEmail: 'E-postadressen din',
  requestDetails: 'Detaljer (valgfritt)',
  requestSubmit: 'Send forespørsel',
  requestSending: 'Sender…',
  requestSent: (reference: string) => `Vi har mottatt forespørselen din.${reference ? ` Referanse: ${reference}` : ''}`,
  requestByEmail: 'Skriv en e-post',
  requestSelfService: 'Gjør det selv på kontoen din',
  requestDeadline: (date: string) => `Vi svarer innen ${date}.`,
  requestNoIdentity: 'Du blir ikke bedt om identitetsdokumenter for denne forespørselen.',
  requestRetry: 'Prøv igjen',
  requestFailed: (reason: string) =>
    `Forespørselen din kunne ikke sendes (${reason}). Ingenting av det du skrev, har gått tapt: prøv igjen, eller send den på e-post.`,
  requestUncertain:
    'Vi fikk ikke svar i tide, så forespørselen din har kanskje ikke kommet fram. Ingenting av det du skrev, har gått tapt: prøv igjen (den blir ikke telt to ganger), eller send den på e-post.',
  requestNetworkError: 'ingen tilkobling',
  requestServerError: (status: number) => `serveren svarte med ${status}`,
  requestBadReply: 'svaret fra serveren var ikke en bekreftelse',
  requestOptional: '(valgfritt)',
  requestNoMethod:
    'Denne erklæringen oppgir ingen måte å sende denne forespørselen på nett. Bruk kontaktinformasjonen i personvernerklæringen.',
  invalidEmail: 'Skriv inn en e-postadresse, for eksempel navn@example.com.',
  required: 'Dette feltet må fylles ut.',
  back: 'Tilbake',
  requestObjectionTitle: 'Din rett til å protestere',
  requestOtherRights: 'Dine andre rettigheter',
  requestNoEmail: 'Denne erklæringen oppgir ingen e-postadresse for forespørsler.',
  requestNoRights: 'Denne erklæringen oppgir ingen rettigheter du kan be om her.',
  requestBody: (right: string) => `Jeg ønsker å bruke min rett: ${right}.`,
  requestFrom: (email: string) => `Min e-postadresse: ${email}`,
};
