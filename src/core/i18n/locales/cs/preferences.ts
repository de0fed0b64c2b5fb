import type { preferencesStrings as english } from '../../en/preferences.js';

/** Czech UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Předvolby soukromí',
  save: 'Uložit volby',
  alwaysOn: 'Vždy zapnuto',
  embedHeld: (provider: string, purpose: string) =>
    `Tento obsah pochází od služby ${provider}. Jeho načtením umožníte službě ${provider} ukládat soubory cookie pro tyto účely: ${purpose}.`,
  embedLoadOnce: 'Načíst jen tentokrát',
  embedAlwaysAllow: (category: string) => `Vždy povolit: ${category}`,
  signalConflict:
    'Váš prohlížeč odesílá signál ochrany soukromí, který odmítá prodej a sdílení. Respektujeme ho, takže tyto kategorie zůstanou vypnuté, dokud je signál zapnutý.',
};
