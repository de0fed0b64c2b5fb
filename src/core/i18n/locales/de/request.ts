import type { requestStrings as english } from '../../en/request.js';

/** German UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Datenschutzanfrage stellen',
  requestTitle: 'Datenschutzanfrage stellen',
  requestChoose: 'Welches Recht möchten Sie ausüben?',
  requestEmail: 'Ihre E-Mail-Adresse',
  requestDetails: 'Weitere Angaben (freiwillig)',
  requestSubmit: 'Anfrage senden',
  requestSending: 'Wird gesendet…',
  requestSent: (reference: string) =>
    `Ihre Anfrage ist eingegangen.${reference ? ` Vorgangsnummer: ${reference}` : ''}`,
  requestByEmail: 'E-Mail schreiben',
  requestSelfService: 'Selbst in Ihrem Konto erledigen',
  requestDeadline: (date: string) => `Wir antworten bis zum ${date}.`,
  requestNoIdentity: 'Für diese Anfrage werden Sie nicht nach Ausweisdokumenten gefragt.',
  requestRetry: 'Erneut versuchen',
  requestFailed: (reason: string) =>
    `Ihre Anfrage konnte nicht gesendet werden (${reason}). Nichts von Ihren Eingaben ist verloren gegangen: Versuchen Sie es erneut oder senden Sie sie per E-Mail.`,
  requestUncertain:
    'Wir haben nicht rechtzeitig eine Antwort erhalten, daher ist Ihre Anfrage möglicherweise nicht angekommen. Nichts von Ihren Eingaben ist verloren gegangen: Versuchen Sie es erneut (sie wird nicht doppelt gezählt) oder senden Sie sie per E-Mail.',
  requestNetworkError: 'keine Verbindung',
  requestServerError: (status: number) => `der Server antwortete mit ${status}`,
  requestBadReply: 'die Antwort des Servers war keine Bestätigung',
  requestOptional: '(freiwillig)',
  requestNoMethod:
    'Diese Datenschutzerklärung nennt keinen Weg, diese Anfrage online zu stellen. Nutzen Sie die Kontaktdaten in der Datenschutzerklärung.',
  invalidEmail: 'Geben Sie eine E-Mail-Adresse ein, etwa name@example.com.',
  required: 'Dieses Feld ist erforderlich.',
  back: 'Zurück',
  requestObjectionTitle: 'Ihr Widerspruchsrecht',
  requestOtherRights: 'Ihre weiteren Rechte',
  requestNoEmail: 'Diese Datenschutzerklärung nennt keine E-Mail-Adresse für Anfragen.',
  requestNoRights: 'Diese Datenschutzerklärung führt keine Rechte auf, die Sie hier geltend machen können.',
  requestBody: (right: string) => `Ich möchte folgendes Recht ausüben: ${right}.`,
  requestFrom: (email: string) => `Meine E-Mail-Adresse: ${email}`,
};
