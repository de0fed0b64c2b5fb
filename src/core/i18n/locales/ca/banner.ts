import type { bannerStrings as english } from '../../en/banner.js';

/** Catalan UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Galetes en aquest lloc web',
  noticeText:
    'Aquest lloc web només utilitza galetes i emmagatzematge estrictament necessaris per funcionar. No requereixen consentiment, de manera que no hi ha res a acceptar ni a rebutjar.',
  cookieDetails: 'Detalls de les galetes',
  acknowledge: 'D’acord',
  promptTitle: 'Les seves opcions de privadesa',
  promptText:
    'Utilitzem galetes estrictament necessàries perquè aquest lloc web funcioni. No s’utilitza res d’opcional fins que vostè triï, i pot canviar d’opinió en qualsevol moment.',
  promptPurposes: (purposes: string) => `Amb el seu permís, també utilitzaríem galetes per a: ${purposes}.`,
  promptRecipients: (recipients: string) => `Les dades obtingudes s’enviarien a: ${recipients}.`,
  promptMore: 'Veure totes les galetes i qui rep les dades',
  acceptAll: 'Acceptar-ho tot',
  rejectAll: 'Rebutjar-ho tot',
  customize: 'Personalitzar',
  reopen: 'Opcions de privadesa',
  storageUnavailable:
    'El seu navegador bloqueja les galetes, de manera que aquesta opció només s’aplica a aquesta pàgina.',
};
