import type { preferencesStrings as english } from '../../en/preferences.js';

/** Brazilian Portuguese UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferências de privacidade',
  save: 'Salvar escolhas',
  alwaysOn: 'Sempre ativos',
  embedHeld: (provider: string, purpose: string) =>
    `Este conteúdo vem de ${provider}. Ao carregá-lo, você permite que ${provider} defina cookies para: ${purpose}.`,
  embedLoadOnce: 'Carregar só desta vez',
  embedAlwaysAllow: (category: string) => `Sempre permitir: ${category}`,
  signalConflict:
    'Seu navegador envia um sinal de privacidade que recusa a venda e o compartilhamento. Nós o respeitamos, então estas categorias ficam desativadas enquanto o sinal estiver ativo.',
};
