import type { signalsStrings as english } from '../../en/signals.js';

/** Danish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Global Privacy Control-signalet fra din browser blev registreret og respekteret som et fravalg af salg og deling.',
  gpcNotHonoured: 'Din browser sender et Global Privacy Control-signal. Dette websted reagerer ikke på det.',
  gpcNothingToStop:
    'Din browser sender et Global Privacy Control-signal. Dette websted hverken sælger eller deler personlige oplysninger, så der er intet for signalet at fravælge.',
  gpcOff: 'Din browser understøtter Global Privacy Control, og signalet er slået fra.',
  dntHonoured:
    'Do Not Track-signalet fra din browser blev registreret og respekteret som et fravalg af salg, deling og målrettet annoncering.',
  dntNotHonoured: 'Din browser sender et Do Not Track-signal.',
  noSignal: 'Din browser sender ikke noget privatlivssignal.',
};
