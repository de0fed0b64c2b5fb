import type { preferencesStrings as english } from '../../en/preferences.js';

/** Galician UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferencias de privacidade',
  save: 'Gardar as opcións',
  alwaysOn: 'Sempre activas',
  embedHeld: (provider: string, purpose: string) =>
    `Este contido procede de ${provider}. Se o carga, ${provider} poderá instalar cookies para: ${purpose}.`,
  embedLoadOnce: 'Cargar só esta vez',
  embedAlwaysAllow: (category: string) => `Permitir sempre: ${category}`,
  signalConflict:
    'O seu navegador envía un sinal de privacidade que rexeita a venda e o intercambio. Respectámolo, polo que estas categorías permanecen desactivadas mentres o sinal estea activo.',
};
