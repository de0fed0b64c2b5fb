import type { preferencesStrings as english } from '../../en/preferences.js';

/** Estonian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Privaatsusseaded',
  save: 'Salvesta valikud',
  alwaysOn: 'Alati sees',
  embedHeld: (provider: string, purpose: string) =>
    `See sisu pärineb teenusepakkujalt ${provider}. Kui selle laadite, saab ${provider} seada küpsiseid järgmisel eesmärgil: ${purpose}.`,
  embedLoadOnce: 'Laadi ainult seekord',
  embedAlwaysAllow: (category: string) => `Luba alati: ${category}`,
  signalConflict:
    'Teie brauser saadab privaatsussignaali, mis keelab müügi ja jagamise. Me järgime seda, seega jäävad need kategooriad välja lülitatuks seni, kuni signaal on sees.',
};
