import type { preferencesStrings as english } from '../../en/preferences.js';

/** Portuguese (Portugal) UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferências de privacidade',
  save: 'Guardar as opções',
  alwaysOn: 'Sempre ativos',
  embedHeld: (provider: string, purpose: string) =>
    `Este conteúdo provém de ${provider}. Se o carregar, ${provider} poderá colocar cookies para: ${purpose}.`,
  embedLoadOnce: 'Carregar só desta vez',
  embedAlwaysAllow: (category: string) => `Permitir sempre: ${category}`,
  signalConflict:
    'O seu navegador envia um sinal de privacidade que se opõe à venda e à partilha. Respeitamo-lo, pelo que estas categorias permanecem desativadas enquanto o sinal estiver ativo.',
};
