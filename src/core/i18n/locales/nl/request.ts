import type { requestStrings as english } from '../../en/request.js';

/** Dutch UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Privacyverzoek indienen',
  requestTitle: 'Privacyverzoek indienen',
  requestChoose: 'Welk recht wilt u uitoefenen?',
  requestEmail: 'Uw e-mailadres',
  requestDetails: 'Toelichting (optioneel)',
  requestSubmit: 'Verzoek versturen',
  requestSending: 'Bezig met versturen…',
  requestSent: (reference: string) => `Uw verzoek is ontvangen.${reference ? ` Kenmerk: ${reference}` : ''}`,
  requestByEmail: 'Een e-mail sturen',
  requestSelfService: 'Zelf regelen in uw account',
  requestDeadline: (date: string) => `We antwoorden uiterlijk ${date}.`,
  requestNoIdentity: 'Voor dit verzoek wordt u niet om identiteitsbewijzen gevraagd.',
  requestRetry: 'Opnieuw proberen',
  requestFailed: (reason: string) =>
    `Uw verzoek kon niet worden verstuurd (${reason}). Niets van wat u hebt ingevuld is verloren gegaan: probeer het opnieuw of verstuur het per e-mail.`,
  requestUncertain:
    'We kregen niet op tijd antwoord, dus uw verzoek is mogelijk niet aangekomen. Niets van wat u hebt ingevuld is verloren gegaan: probeer het opnieuw (het wordt niet dubbel geteld) of verstuur het per e-mail.',
  requestNetworkError: 'geen verbinding',
  requestServerError: (status: number) => `de server antwoordde met ${status}`,
  requestBadReply: 'het antwoord van de server was geen bevestiging',
  requestOptional: '(optioneel)',
  requestNoMethod:
    'Deze privacyverklaring noemt geen manier om dit verzoek online in te dienen. Gebruik de contactgegevens in de privacyverklaring.',
  invalidEmail: 'Vul een e-mailadres in, bijvoorbeeld naam@example.com.',
  required: 'Dit veld is verplicht.',
  back: 'Terug',
  requestObjectionTitle: 'Uw recht van bezwaar',
  requestOtherRights: 'Uw andere rechten',
  requestNoEmail: 'Deze privacyverklaring noemt geen e-mailadres voor verzoeken.',
  requestNoRights: 'Deze privacyverklaring noemt geen rechten die u hier kunt uitoefenen.',
  requestBody: (right: string) => `Ik wil graag gebruikmaken van mijn recht: ${right}.`,
  requestFrom: (email: string) => `Mijn e-mailadres: ${email}`,
};
