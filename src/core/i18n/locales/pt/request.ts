import type { requestStrings as english } from '../../en/request.js';

/** Portuguese (Portugal) UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Fazer um pedido de privacidade',
  requestTitle: 'Fazer um pedido de privacidade',
  requestChoose: 'Que direito pretende exercer?',
  requestEmail: 'O seu endereço de e-mail',
  requestDetails: 'Detalhes (opcional)',
  requestSubmit: 'Enviar pedido',
  requestSending: 'A enviar…',
  requestSent: (reference: string) => `O seu pedido foi recebido.${reference ? ` Referência: ${reference}` : ''}`,
  requestByEmail: 'Escrever um e-mail',
  requestSelfService: 'Tratar do assunto na sua conta',
  requestDeadline: (date: string) => `Responderemos até ${date}.`,
  requestNoIdentity: 'Não lhe serão pedidos documentos de identificação para este pedido.',
  requestRetry: 'Tentar novamente',
  requestFailed: (reason: string) =>
    `Não foi possível enviar o seu pedido (${reason}). Nada do que introduziu se perdeu: tente novamente ou envie-o por e-mail.`,
  requestUncertain:
    'Não recebemos resposta a tempo, pelo que o seu pedido pode não ter chegado. Nada do que introduziu se perdeu: tente novamente (não será contado duas vezes) ou envie-o por e-mail.',
  requestNetworkError: 'sem ligação',
  requestServerError: (status: number) => `o servidor respondeu com o código ${status}`,
  requestBadReply: 'a resposta do servidor não era uma confirmação',
  requestOptional: '(opcional)',
  requestNoMethod:
    'Esta política não indica nenhuma forma de fazer este pedido online. Utilize os contactos indicados na política de privacidade.',
  invalidEmail: 'Introduza um endereço de e-mail, por exemplo nome@example.com.',
  required: 'Este campo é obrigatório.',
  back: 'Voltar',
  requestObjectionTitle: 'O seu direito de oposição',
  requestOtherRights: 'Os seus outros direitos',
  requestNoEmail: 'Esta política não indica nenhum endereço de e-mail para pedidos.',
  requestNoRights: 'Esta política não indica direitos que possa exercer aqui.',
  requestBody: (right: string) => `Pretendo exercer o meu direito: ${right}.`,
  requestFrom: (email: string) => `O meu endereço de e-mail: ${email}`,
};
