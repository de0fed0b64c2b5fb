import type { requestStrings as english } from '../../en/request.js';

/** French UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Exercer vos droits',
  requestTitle: 'Exercer vos droits sur vos données',
  requestChoose: 'Quel droit souhaitez-vous exercer ?',
  requestEmail: 'Votre adresse e-mail',
  requestDetails: 'Précisions (facultatif)',
  requestSubmit: 'Envoyer la demande',
  requestSending: 'Envoi en cours…',
  requestSent: (reference: string) => `Votre demande a bien été reçue.${reference ? ` Référence : ${reference}` : ''}`,
  requestByEmail: 'Écrire un e-mail',
  requestSelfService: 'Le faire vous-même dans votre compte',
  requestDeadline: (date: string) => `Nous vous répondrons au plus tard le ${date}.`,
  requestNoIdentity: 'Aucune pièce d’identité ne vous sera demandée pour cette demande.',
  requestRetry: 'Réessayer',
  requestFailed: (reason: string) =>
    `Votre demande n’a pas pu être envoyée (${reason}). Rien de ce que vous avez saisi n’a été perdu : réessayez ou envoyez-la par e-mail.`,
  requestUncertain:
    'Nous n’avons pas reçu de réponse à temps ; votre demande n’est peut-être pas arrivée. Rien de ce que vous avez saisi n’a été perdu : réessayez (elle ne sera pas comptée deux fois) ou envoyez-la par e-mail.',
  requestNetworkError: 'pas de connexion',
  requestServerError: (status: number) => `le serveur a répondu avec le code ${status}`,
  requestBadReply: 'la réponse du serveur n’était pas une confirmation',
  requestOptional: '(facultatif)',
  requestNoMethod:
    'Cette politique n’indique aucun moyen de faire cette demande en ligne. Utilisez les coordonnées figurant dans la politique de confidentialité.',
  invalidEmail: 'Saisissez une adresse e-mail, par exemple nom@example.com.',
  required: 'Ce champ est obligatoire.',
  back: 'Retour',
  requestObjectionTitle: 'Votre droit d’opposition',
  requestOtherRights: 'Vos autres droits',
  requestNoEmail: 'Cette politique n’indique aucune adresse e-mail pour les demandes.',
  requestNoRights: 'Cette politique n’indique aucun droit que vous pouvez exercer ici.',
  requestBody: (right: string) => `Je souhaite exercer mon droit : ${right}.`,
  requestFrom: (email: string) => `Mon adresse e-mail : ${email}`,
};
