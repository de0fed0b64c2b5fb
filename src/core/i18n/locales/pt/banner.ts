import type { bannerStrings as english } from '../../en/banner.js';

/** Portuguese (Portugal) UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies neste site',
  noticeText:
    'Este site utiliza apenas cookies e armazenamento estritamente necessários ao seu funcionamento. Não requerem consentimento, pelo que não há nada a aceitar ou recusar.',
  cookieDetails: 'Detalhes dos cookies',
  acknowledge: 'Compreendi',
  promptTitle: 'As suas opções de privacidade',
  promptText:
    'Utilizamos cookies estritamente necessários para o funcionamento deste site. Nada de opcional é utilizado até fazer a sua escolha, e pode mudar de ideias a qualquer momento.',
  promptPurposes: (purposes: string) => `Com a sua autorização, utilizaríamos também cookies para: ${purposes}.`,
  promptRecipients: (recipients: string) => `Os dados recolhidos seriam enviados a: ${recipients}.`,
  promptMore: 'Ver todos os cookies e quem recebe os dados',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  reopen: 'Opções de privacidade',
  storageUnavailable: 'O seu navegador bloqueia os cookies, pelo que esta escolha só se aplica a esta página.',
};
