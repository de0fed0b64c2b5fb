import type { bannerStrings as english } from '../../en/banner.js';

/** Brazilian Portuguese UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies neste site',
  noticeText:
    'Este site usa apenas cookies e armazenamento estritamente necessários para o seu funcionamento. Eles não exigem consentimento, então não há nada para aceitar ou recusar.',
  cookieDetails: 'Detalhes dos cookies',
  acknowledge: 'Entendi',
  promptTitle: 'Suas escolhas de privacidade',
  promptText:
    'Usamos cookies estritamente necessários para o funcionamento deste site. Nada opcional é usado até você escolher, e você pode mudar de ideia a qualquer momento.',
  promptPurposes: (purposes: string) => `Com a sua permissão, também usaríamos cookies para: ${purposes}.`,
  promptRecipients: (recipients: string) => `Os dados coletados seriam enviados para: ${recipients}.`,
  promptMore: 'Ver todos os cookies e quem recebe os dados',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Rejeitar todos',
  customize: 'Personalizar',
  reopen: 'Escolhas de privacidade',
  storageUnavailable: 'Seu navegador bloqueia cookies, então esta escolha vale apenas para esta página.',
};
