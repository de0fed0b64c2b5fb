import type { signalsStrings as english } from '../../en/signals.js';

/** Romanian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Semnalul Global Privacy Control al browserului dumneavoastră a fost detectat și respectat ca refuz al vânzării și partajării.',
  gpcNotHonoured: 'Browserul dumneavoastră trimite un semnal Global Privacy Control. Acest site nu ține cont de el.',
  gpcNothingToStop:
    'Browserul dumneavoastră trimite un semnal Global Privacy Control. Acest site nu vinde și nu partajează informații personale, așa că nu există nimic de refuzat.',
  gpcOff: 'Browserul dumneavoastră acceptă Global Privacy Control, iar semnalul este dezactivat.',
  dntHonoured:
    'Semnalul Do Not Track al browserului dumneavoastră a fost detectat și respectat ca refuz al vânzării, partajării și publicității direcționate.',
  dntNotHonoured: 'Browserul dumneavoastră trimite un semnal Do Not Track.',
  noSignal: 'Browserul dumneavoastră nu trimite niciun semnal de confidențialitate.',
};
