import type { preferencesStrings as english } from '../../en/preferences.js';

/** Icelandic UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Persónuverndarstillingar',
  save: 'Vista val',
  alwaysOn: 'Alltaf virkt',
  embedHeld: (provider: string, purpose: string) =>
    `Þetta efni kemur frá ${provider}. Ef þú hleður því inn getur ${provider} vistað vafrakökur í eftirfarandi tilgangi: ${purpose}.`,
  embedLoadOnce: 'Hlaða inn í þetta sinn',
  embedAlwaysAllow: (category: string) => `Leyfa alltaf: ${category}`,
  signalConflict:
    'Vafrinn þinn sendir persónuverndarmerki sem afþakkar sölu og deilingu. Við virðum það, svo þessir flokkar haldast óvirkir á meðan merkið er virkt.',
};
