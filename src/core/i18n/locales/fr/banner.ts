import type { bannerStrings as english } from '../../en/banner.js';

/** French UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies sur ce site',
  noticeText:
    'Ce site utilise uniquement des cookies et un stockage strictement nécessaires à son fonctionnement. Ils ne requièrent aucun consentement ; il n’y a donc rien à accepter ni à refuser.',
  cookieDetails: 'Détail des cookies',
  acknowledge: 'J’ai compris',
  promptTitle: 'Vos choix en matière de confidentialité',
  promptText:
    'Nous utilisons des cookies strictement nécessaires au fonctionnement de ce site. Rien de facultatif n’est utilisé tant que vous n’avez pas fait votre choix, et vous pouvez changer d’avis à tout moment.',
  promptPurposes: (purposes: string) => `Avec votre accord, nous utiliserions aussi des cookies pour : ${purposes}.`,
  promptRecipients: (recipients: string) => `Les données ainsi collectées seraient transmises à : ${recipients}.`,
  promptMore: 'Voir tous les cookies et les destinataires des données',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  reopen: 'Choix de confidentialité',
  storageUnavailable: 'Votre navigateur bloque les cookies ; ce choix ne s’applique donc qu’à cette page.',
};
