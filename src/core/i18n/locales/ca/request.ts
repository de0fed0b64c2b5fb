import type { requestStrings as english } from '../../en/request.js';

/** Catalan UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Fer una sol·licitud de privadesa',
  requestTitle: 'Fer una sol·licitud de privadesa',
  requestChoose: 'Quin dret vol exercir?',
  requestEmail: 'La seva adreça electrònica',
  requestDetails: 'Detalls (opcional)',
  requestSubmit: 'Enviar la sol·licitud',
  requestSending: 'S’està enviant…',
  requestSent: (reference: string) => `Hem rebut la seva sol·licitud.${reference ? ` Referència: ${reference}` : ''}`,
  requestByEmail: 'Escriure un correu electrònic',
  requestSelfService: 'Fer-ho vostè mateix al seu compte',
  requestDeadline: (date: string) => `Li respondrem com a molt tard en data ${date}.`,
  requestNoIdentity: 'No se li demanaran documents d’identitat per a aquesta sol·licitud.',
  requestRetry: 'Tornar-ho a provar',
  requestFailed: (reason: string) =>
    `No s’ha pogut enviar la seva sol·licitud (${reason}). No s’ha perdut res del que ha escrit: torni-ho a provar o enviï-la per correu electrònic.`,
  requestUncertain:
    'No hem rebut resposta a temps, de manera que és possible que la seva sol·licitud no hagi arribat. No s’ha perdut res del que ha escrit: torni-ho a provar (no es comptarà dues vegades) o enviï-la per correu electrònic.',
  requestNetworkError: 'sense connexió',
  requestServerError: (status: number) => `el servidor ha respost amb el codi ${status}`,
  requestBadReply: 'la resposta del servidor no era una confirmació',
  requestOptional: '(opcional)',
  requestNoMethod:
    'Aquesta política no indica cap manera de fer aquesta sol·licitud en línia. Utilitzi les dades de contacte de la política de privadesa.',
  invalidEmail: 'Introdueixi una adreça electrònica, com ara nom@example.com.',
  required: 'Aquest camp és obligatori.',
  back: 'Enrere',
  requestObjectionTitle: 'El seu dret d’oposició',
  requestOtherRights: 'Els seus altres drets',
  requestNoEmail: 'Aquesta política no indica cap adreça electrònica per a les sol·licituds.',
  requestNoRights: 'Aquesta política no enumera cap dret que pugui sol·licitar aquí.',
  requestBody: (right: string) => `Vull exercir el meu dret: ${right}.`,
  requestFrom: (email: string) => `La meva adreça electrònica: ${email}`,
};
