import type { requestStrings as english } from '../../en/request.js';

/** Galician UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Presentar unha solicitude de privacidade',
  requestTitle: 'Presentar unha solicitude de privacidade',
  requestChoose: 'Que dereito quere exercer?',
  requestEmail: 'O seu enderezo de correo electrónico',
  requestDetails: 'Detalles (opcional)',
  requestSubmit: 'Enviar a solicitude',
  requestSending: 'Enviando…',
  requestSent: (reference: string) => `Recibimos a súa solicitude.${reference ? ` Referencia: ${reference}` : ''}`,
  requestByEmail: 'Escribir un correo electrónico',
  requestSelfService: 'Facelo directamente na súa conta',
  requestDeadline: (date: string) => `Responderemos como moi tarde o ${date}.`,
  requestNoIdentity: 'Para esta solicitude non se lle pedirán documentos de identidade.',
  requestRetry: 'Tentar de novo',
  requestFailed: (reason: string) =>
    `Non se puido enviar a súa solicitude (${reason}). Non se perdeu nada do que introduciu: ténteo de novo ou envíea por correo electrónico.`,
  requestUncertain:
    'Non recibimos resposta a tempo, polo que é posible que a súa solicitude non chegase. Non se perdeu nada do que introduciu: ténteo de novo (non se contará dúas veces) ou envíea por correo electrónico.',
  requestNetworkError: 'sen conexión',
  requestServerError: (status: number) => `o servidor respondeu co código ${status}`,
  requestBadReply: 'a resposta do servidor non era unha confirmación',
  requestOptional: '(opcional)',
  requestNoMethod:
    'Esta política non indica ningunha forma de facer esta solicitude en liña. Utilice os datos de contacto da política de privacidade.',
  invalidEmail: 'Introduza un enderezo de correo electrónico, como name@example.com.',
  required: 'Este campo é obrigatorio.',
  back: 'Volver',
  requestObjectionTitle: 'O seu dereito de oposición',
  requestOtherRights: 'Os seus outros dereitos',
  requestNoEmail: 'Esta política non indica ningún enderezo de correo electrónico para as solicitudes.',
  requestNoRights: 'Esta política non enumera ningún dereito que poida solicitar aquí.',
  requestBody: (right: string) => `Desexo exercer o meu dereito: ${right}.`,
  requestFrom: (email: string) => `O meu enderezo de correo electrónico: ${email}`,
};
