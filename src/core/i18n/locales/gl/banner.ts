import type { bannerStrings as english } from '../../en/banner.js';

/** Galician UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies neste sitio web',
  noticeText:
    'Este sitio web só usa cookies e almacenamento estritamente necesarios para funcionar. Non precisan consentimento, polo que non hai nada que aceptar nin rexeitar.',
  cookieDetails: 'Detalles das cookies',
  acknowledge: 'Entendido',
  promptTitle: 'As súas opcións de privacidade',
  promptText:
    'Usamos cookies estritamente necesarias para o funcionamento deste sitio web. Non se usa nada opcional ata que vostede escolla, e pode cambiar de opinión en calquera momento.',
  promptPurposes: (purposes: string) => `Co seu permiso, usariamos tamén cookies para: ${purposes}.`,
  promptRecipients: (recipients: string) => `Os datos obtidos con elas irían a: ${recipients}.`,
  promptMore: 'Ver todas as cookies e quen recibe os datos',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rexeitar todo',
  customize: 'Personalizar',
  reopen: 'Opcións de privacidade',
  storageUnavailable: 'O seu navegador bloquea as cookies, polo que esta opción só se aplica a esta páxina.',
};
