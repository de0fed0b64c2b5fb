import type { requestStrings as english } from '../../en/request.js';

/** Italian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Invia una richiesta privacy',
  requestTitle: 'Invia una richiesta privacy',
  requestChoose: 'Quale diritto desidera esercitare?',
  requestEmail: 'Il suo indirizzo email',
  requestDetails: 'Dettagli (facoltativo)',
  requestSubmit: 'Invia la richiesta',
  requestSending: 'Invio in corso…',
  requestSent: (reference: string) =>
    `La sua richiesta è stata ricevuta.${reference ? ` Riferimento: ${reference}` : ''}`,
  requestByEmail: 'Scrivi un’email',
  requestSelfService: 'In autonomia dal suo account',
  requestDeadline: (date: string) => `Le risponderemo entro il ${date}.`,
  requestNoIdentity: 'Per questa richiesta non le verranno chiesti documenti d’identità.',
  requestRetry: 'Riprova',
  requestFailed: (reason: string) =>
    `Non è stato possibile inviare la sua richiesta (${reason}). Nulla di quanto ha inserito è andato perso: riprovi o la invii via email.`,
  requestUncertain:
    'Non abbiamo ricevuto risposta in tempo, quindi la sua richiesta potrebbe non essere arrivata. Nulla di quanto ha inserito è andato perso: riprovi (non verrà conteggiata due volte) o la invii via email.',
  requestNetworkError: 'nessuna connessione',
  requestServerError: (status: number) => `il server ha risposto con il codice ${status}`,
  requestBadReply: 'la risposta del server non era una conferma',
  requestOptional: '(facoltativo)',
  requestNoMethod:
    'Questa informativa non indica alcun modo per presentare questa richiesta online. Utilizzi i recapiti indicati nell’informativa privacy.',
  invalidEmail: 'Inserisca un indirizzo email, ad esempio nome@example.com.',
  required: 'Questo campo è obbligatorio.',
  back: 'Indietro',
  requestObjectionTitle: 'Il suo diritto di opposizione',
  requestOtherRights: 'Gli altri suoi diritti',
  requestNoEmail: 'Questa informativa non indica alcun indirizzo email per le richieste.',
  requestNoRights: 'Questa informativa non elenca diritti che può esercitare qui.',
  requestBody: (right: string) => `Desidero esercitare il mio diritto: ${right}.`,
  requestFrom: (email: string) => `Il mio indirizzo email: ${email}`,
};
