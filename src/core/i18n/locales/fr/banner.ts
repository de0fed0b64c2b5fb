import type { bannerStrings as english } from '../../en/banner.js';

/** French UI strings: the cookie banner and its preferences dialog. */
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
  preferencesTitle: 'Préférences de confidentialité',
  save: 'Enregistrer mes choix',
  alwaysOn: 'Toujours actif',
  reopen: 'Choix de confidentialité',
  storageUnavailable: 'Votre navigateur bloque les cookies ; ce choix ne s’applique donc qu’à cette page.',
  embedHeld: (provider: string, purpose: string) =>
    `Ce contenu provient de ${provider}. Si vous le chargez, ${provider} pourra déposer des cookies pour : ${purpose}.`,
  embedLoadOnce: 'Charger cette fois',
  embedAlwaysAllow: (category: string) => `Toujours autoriser : ${category}`,
  signalConflict:
    'Votre navigateur envoie un signal de confidentialité qui s’oppose à la vente et au partage. Nous le respectons ; ces catégories restent donc désactivées tant qu’il est actif.',
};
