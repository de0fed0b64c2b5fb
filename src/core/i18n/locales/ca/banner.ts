import type { bannerStrings as english } from '../../en/banner.js';

/** Catalan UI strings: the cookie banner and its preferences dialog. */
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
  preferencesTitle: 'Preferències de privadesa',
  save: 'Desar les opcions',
  alwaysOn: 'Sempre actives',
  reopen: 'Opcions de privadesa',
  storageUnavailable:
    'El seu navegador bloqueja les galetes, de manera que aquesta opció només s’aplica a aquesta pàgina.',
  embedHeld: (provider: string, purpose: string) =>
    `Aquest contingut prové de ${provider}. Si el carrega, ${provider} podrà instal·lar galetes per a: ${purpose}.`,
  embedLoadOnce: 'Carregar només aquesta vegada',
  embedAlwaysAllow: (category: string) => `Permetre sempre: ${category}`,
  signalConflict:
    'El seu navegador envia un senyal de privadesa que rebutja la venda i l’intercanvi. El respectem, de manera que aquestes categories es mantenen desactivades mentre el senyal estigui actiu.',
};
