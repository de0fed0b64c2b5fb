import type { preferencesStrings as english } from '../../en/preferences.js';

/** Spanish (Spain) UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferencias de privacidad',
  save: 'Guardar preferencias',
  alwaysOn: 'Siempre activas',
  embedHeld: (provider: string, purpose: string) =>
    `Este contenido procede de ${provider}. Si lo carga, ${provider} podrá instalar cookies para: ${purpose}.`,
  embedLoadOnce: 'Cargar solo esta vez',
  embedAlwaysAllow: (category: string) => `Permitir siempre: ${category}`,
  signalConflict:
    'Su navegador envía una señal de privacidad que rechaza la venta y el intercambio de datos. La respetamos, así que estas categorías permanecen desactivadas mientras la señal esté activa.',
};
