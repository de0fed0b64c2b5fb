import type { requestStrings as english } from '../../en/request.js';

/** Danish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Udøv dine rettigheder',
  requestTitle: 'Udøv dine rettigheder',
  requestChoose: 'Hvilken rettighed vil du gøre brug af?',
  requestEmail: 'Din e-mailadresse',
  requestDetails: 'Yderligere oplysninger (valgfrit)',
  requestSubmit: 'Send anmodning',
  requestSending: 'Sender…',
  requestSent: (reference: string) =>
    `Vi har modtaget din anmodning.${reference ? ` Referencenummer: ${reference}` : ''}`,
  requestByEmail: 'Skriv en e-mail',
  requestSelfService: 'Gør det selv på din konto',
  requestDeadline: (date: string) => `Vi svarer senest ${date}.`,
  requestNoIdentity: 'Du bliver ikke bedt om identitetsdokumenter i forbindelse med denne anmodning.',
  requestRetry: 'Prøv igen',
  requestFailed: (reason: string) =>
    `Din anmodning kunne ikke sendes (${reason}). Intet af det, du har indtastet, er gået tabt: prøv igen, eller send den via e-mail.`,
  requestUncertain:
    'Vi fik ikke svar i tide, så din anmodning er muligvis ikke nået frem. Intet af det, du har indtastet, er gået tabt: prøv igen (den bliver ikke talt med to gange), eller send den via e-mail.',
  requestNetworkError: 'ingen forbindelse',
  requestServerError: (status: number) => `serveren svarede med ${status}`,
  requestBadReply: 'serverens svar var ikke en bekræftelse',
  requestOptional: '(valgfrit)',
  requestNoMethod:
    'Denne politik angiver ingen måde at indgive denne anmodning online på. Brug kontaktoplysningerne i privatlivspolitikken.',
  invalidEmail: 'Indtast en e-mailadresse, f.eks. navn@example.com.',
  required: 'Dette felt skal udfyldes.',
  back: 'Tilbage',
  requestObjectionTitle: 'Din ret til indsigelse',
  requestOtherRights: 'Dine øvrige rettigheder',
  requestNoEmail: 'Denne politik angiver ingen e-mailadresse til anmodninger.',
  requestNoRights: 'Denne politik angiver ingen rettigheder, som du kan anmode om her.',
  requestBody: (right: string) => `Jeg ønsker at gøre brug af min ret: ${right}.`,
  requestFrom: (email: string) => `Min e-mailadresse: ${email}`,
};
