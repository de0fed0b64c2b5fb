import type { signalsStrings as english } from '../../en/signals.js';

/** Lithuanian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Jūsų naršyklės signalas „Global Privacy Control“ buvo aptiktas ir įvykdytas kaip pardavimo ir dalijimosi atsisakymas.',
  gpcNotHonoured: 'Jūsų naršyklė siunčia signalą „Global Privacy Control“. Ši svetainė į jį neatsižvelgia.',
  gpcNothingToStop:
    'Jūsų naršyklė siunčia signalą „Global Privacy Control“. Ši svetainė neparduoda asmeninės informacijos ir ja nesidalija, todėl signalui nėra ko atsisakyti.',
  gpcOff: 'Jūsų naršyklė palaiko „Global Privacy Control“, ir signalas išjungtas.',
  dntHonoured:
    'Jūsų naršyklės signalas „Do Not Track“ buvo aptiktas ir įvykdytas kaip pardavimo, dalijimosi ir tikslinės reklamos atsisakymas.',
  dntNotHonoured: 'Jūsų naršyklė siunčia signalą „Do Not Track“.',
  noSignal: 'Jūsų naršyklė nesiunčia jokio privatumo signalo.',
};
