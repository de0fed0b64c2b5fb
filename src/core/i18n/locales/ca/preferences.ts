import type { preferencesStrings as english } from '../../en/preferences.js';

/** Catalan UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferències de privadesa',
  save: 'Desar les opcions',
  alwaysOn: 'Sempre actives',
  embedHeld: (provider: string, purpose: string) =>
    `Aquest contingut prové de ${provider}. Si el carrega, ${provider} podrà instal·lar galetes per a: ${purpose}.`,
  embedLoadOnce: 'Carregar només aquesta vegada',
  embedAlwaysAllow: (category: string) => `Permetre sempre: ${category}`,
  signalConflict:
    'El seu navegador envia un senyal de privadesa que rebutja la venda i l’intercanvi. El respectem, de manera que aquestes categories es mantenen desactivades mentre el senyal estigui actiu.',
};
