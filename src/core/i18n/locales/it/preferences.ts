import type { preferencesStrings as english } from '../../en/preferences.js';

/** Italian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferenze sulla privacy',
  save: 'Salva le scelte',
  alwaysOn: 'Sempre attivi',
  embedHeld: (provider: string, purpose: string) =>
    `Questo contenuto proviene da ${provider}. Se lo carica, ${provider} potrà impostare cookie per: ${purpose}.`,
  embedLoadOnce: 'Carica solo questa volta',
  embedAlwaysAllow: (category: string) => `Consenti sempre: ${category}`,
  signalConflict:
    'Il suo browser invia un segnale di privacy che si oppone alla vendita e alla condivisione. Lo rispettiamo, quindi queste categorie restano disattivate finché il segnale è attivo.',
};
