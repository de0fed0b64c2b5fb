import type { signalsStrings as english } from '../../en/signals.js';

/** Italian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Il segnale Global Privacy Control del suo browser è stato rilevato e rispettato come opposizione alla vendita e alla condivisione.',
  gpcNotHonoured: 'Il suo browser invia un segnale Global Privacy Control. Questo sito non vi dà seguito.',
  gpcNothingToStop:
    'Il suo browser invia un segnale Global Privacy Control. Questo sito non vende né condivide informazioni personali, quindi non c’è nulla a cui opporsi.',
  gpcOff: 'Il suo browser supporta Global Privacy Control e il segnale è disattivato.',
  dntHonoured:
    'Il segnale Do Not Track del suo browser è stato rilevato e rispettato come opposizione alla vendita, alla condivisione e alla pubblicità mirata.',
  dntNotHonoured: 'Il suo browser invia un segnale Do Not Track.',
  noSignal: 'Il suo browser non invia alcun segnale di privacy.',
};
