import type { preferencesStrings as english } from '../../en/preferences.js';

/** French UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Préférences de confidentialité',
  save: 'Enregistrer mes choix',
  alwaysOn: 'Toujours actif',
  embedHeld: (provider: string, purpose: string) =>
    `Ce contenu provient de ${provider}. Si vous le chargez, ${provider} pourra déposer des cookies pour : ${purpose}.`,
  embedLoadOnce: 'Charger cette fois',
  embedAlwaysAllow: (category: string) => `Toujours autoriser : ${category}`,
  signalConflict:
    'Votre navigateur envoie un signal de confidentialité qui s’oppose à la vente et au partage. Nous le respectons ; ces catégories restent donc désactivées tant qu’il est actif.',
};
