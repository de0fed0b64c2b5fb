import type { preferencesStrings as english } from '../../en/preferences.js';

/** Slovak UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Predvoľby súkromia',
  save: 'Uložiť voľby',
  alwaysOn: 'Vždy zapnuté',
  embedHeld: (provider: string, purpose: string) =>
    `Tento obsah pochádza zo služby ${provider}. Jeho načítaním umožníte službe ${provider} ukladať súbory cookie na tieto účely: ${purpose}.`,
  embedLoadOnce: 'Načítať iba tentoraz',
  embedAlwaysAllow: (category: string) => `Vždy povoliť: ${category}`,
  signalConflict:
    'Váš prehliadač odosiela signál ochrany súkromia, ktorý odmieta predaj a zdieľanie. Rešpektujeme ho, preto tieto kategórie zostanú vypnuté, kým je signál zapnutý.',
};
