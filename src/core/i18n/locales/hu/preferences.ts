import type { preferencesStrings as english } from '../../en/preferences.js';

/** Hungarian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Adatvédelmi beállítások',
  save: 'Beállítások mentése',
  alwaysOn: 'Mindig bekapcsolva',
  embedHeld: (provider: string, purpose: string) =>
    `Ez a tartalom külső szolgáltatótól származik: ${provider}. Ha betölti, ez a szolgáltató (${provider}) sütiket helyezhet el a következő célra: ${purpose}.`,
  embedLoadOnce: 'Betöltés csak most az egyszer',
  embedAlwaysAllow: (category: string) => `Mindig engedélyezem: ${category}`,
  signalConflict:
    'Böngészője olyan adatvédelmi jelzést küld, amely megtiltja az adatok eladását és megosztását. Ezt tiszteletben tartjuk, ezért ezek a kategóriák kikapcsolva maradnak, amíg a jelzés be van kapcsolva.',
};
