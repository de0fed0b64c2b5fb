import type { requestStrings as english } from '../../en/request.js';

/** Brazilian Portuguese UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Fazer uma solicitação de privacidade',
  requestTitle: 'Fazer uma solicitação de privacidade',
  requestChoose: 'Qual direito você quer exercer?',
  requestEmail: 'Seu endereço de e-mail',
  requestDetails: 'Detalhes (opcional)',
  requestSubmit: 'Enviar solicitação',
  requestSending: 'Enviando…',
  requestSent: (reference: string) => `Sua solicitação foi recebida.${reference ? ` Protocolo: ${reference}` : ''}`,
  requestByEmail: 'Escrever um e-mail',
  requestSelfService: 'Fazer você mesmo na sua conta',
  requestDeadline: (date: string) => `Responderemos até ${date}.`,
  requestNoIdentity: 'Não serão pedidos documentos de identidade para esta solicitação.',
  requestRetry: 'Tentar novamente',
  requestFailed: (reason: string) =>
    `Não foi possível enviar sua solicitação (${reason}). Nada do que você digitou foi perdido: tente novamente ou envie por e-mail.`,
  requestUncertain:
    'Não recebemos resposta a tempo, então sua solicitação pode não ter chegado. Nada do que você digitou foi perdido: tente novamente (ela não será contada duas vezes) ou envie por e-mail.',
  requestNetworkError: 'sem conexão',
  requestServerError: (status: number) => `o servidor respondeu com o código ${status}`,
  requestBadReply: 'a resposta do servidor não foi uma confirmação',
  requestOptional: '(opcional)',
  requestNoMethod:
    'Esta política não indica nenhuma forma de fazer esta solicitação on-line. Use os dados de contato da política de privacidade.',
  invalidEmail: 'Digite um endereço de e-mail, como nome@example.com.',
  required: 'Este campo é obrigatório.',
  back: 'Voltar',
  requestObjectionTitle: 'Seu direito de oposição',
  requestOtherRights: 'Seus outros direitos',
  requestNoEmail: 'Esta política não indica nenhum endereço de e-mail para solicitações.',
  requestNoRights: 'Esta política não lista direitos que você possa solicitar aqui.',
  requestBody: (right: string) => `Gostaria de exercer meu direito: ${right}.`,
  requestFrom: (email: string) => `Meu endereço de e-mail: ${email}`,
};
