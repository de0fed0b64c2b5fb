import type { bannerStrings as english } from '../../en/banner.js';

/** Spanish (Spain) UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies en este sitio',
  noticeText:
    'Este sitio solo utiliza cookies y almacenamiento estrictamente necesarios para funcionar. No requieren consentimiento, así que no hay nada que aceptar ni rechazar.',
  cookieDetails: 'Detalles de las cookies',
  acknowledge: 'Entendido',
  promptTitle: 'Sus opciones de privacidad',
  promptText:
    'Utilizamos cookies estrictamente necesarias para el funcionamiento de este sitio. No se utiliza nada opcional hasta que usted decida, y puede cambiar de opinión en cualquier momento.',
  promptPurposes: (purposes: string) => `Con su permiso, también utilizaríamos cookies para: ${purposes}.`,
  promptRecipients: (recipients: string) => `Los datos obtenidos se enviarían a: ${recipients}.`,
  promptMore: 'Ver todas las cookies y quién recibe los datos',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Configurar',
  reopen: 'Opciones de privacidad',
  storageUnavailable: 'Su navegador bloquea las cookies, así que esta elección solo se aplica a esta página.',
};
