import type { preferencesStrings as english } from '../../en/preferences.js';

/** Romanian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferințe de confidențialitate',
  save: 'Salvați opțiunile',
  alwaysOn: 'Mereu active',
  embedHeld: (provider: string, purpose: string) =>
    `Acest conținut provine de la ${provider}. Dacă îl încărcați, ${provider} poate plasa cookie-uri pentru: ${purpose}.`,
  embedLoadOnce: 'Încărcați doar de această dată',
  embedAlwaysAllow: (category: string) => `Permiteți întotdeauna: ${category}`,
  signalConflict:
    'Browserul dumneavoastră trimite un semnal de confidențialitate care refuză vânzarea și partajarea. Îl respectăm, așa că aceste categorii rămân dezactivate cât timp semnalul este activ.',
};
