import type { requestStrings as english } from '../../en/request.js';

/** Latin American Spanish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Enviar una solicitud de privacidad',
  requestTitle: 'Enviar una solicitud de privacidad',
  requestChoose: '¿Qué derecho desea ejercer?',
  requestEmail: 'Su dirección de correo electrónico',
  requestDetails: 'Detalles (opcional)',
  requestSubmit: 'Enviar solicitud',
  requestSending: 'Enviando…',
  requestSent: (reference: string) => `Recibimos su solicitud.${reference ? ` Referencia: ${reference}` : ''}`,
  requestByEmail: 'Enviar un correo electrónico',
  requestSelfService: 'Hacerlo usted mismo en su cuenta',
  requestDeadline: (date: string) => `Le responderemos a más tardar el ${date}.`,
  requestNoIdentity: 'No se le pedirán documentos de identidad para esta solicitud.',
  requestRetry: 'Intentar de nuevo',
  requestFailed: (reason: string) =>
    `No se pudo enviar su solicitud (${reason}). No se perdió nada de lo que escribió: intente de nuevo o envíela por correo electrónico.`,
  requestUncertain:
    'No recibimos respuesta a tiempo, así que es posible que su solicitud no haya llegado. No se perdió nada de lo que escribió: intente de nuevo (no se contará dos veces) o envíela por correo electrónico.',
  requestNetworkError: 'sin conexión',
  requestServerError: (status: number) => `el servidor respondió con el código ${status}`,
  requestBadReply: 'la respuesta del servidor no era una confirmación',
  requestOptional: '(opcional)',
  requestNoMethod:
    'Esta política no indica ninguna forma de hacer esta solicitud en línea. Use los datos de contacto que figuran en la política de privacidad.',
  invalidEmail: 'Ingrese una dirección de correo electrónico, como nombre@example.com.',
  required: 'Este campo es obligatorio.',
  back: 'Regresar',
  requestObjectionTitle: 'Su derecho de oposición',
  requestOtherRights: 'Sus otros derechos',
  requestNoEmail: 'Esta política no indica ninguna dirección de correo electrónico para solicitudes.',
  requestNoRights: 'Esta política no enumera derechos que pueda solicitar aquí.',
  requestBody: (right: string) => `Deseo ejercer mi derecho: ${right}.`,
  requestFrom: (email: string) => `Mi dirección de correo electrónico: ${email}`,
};
