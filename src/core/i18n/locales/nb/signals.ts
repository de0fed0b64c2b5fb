import type { signalsStrings as english } from '../../en/signals.js';

/** Norwegian Bokmål UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Global Privacy Control-signalet fra nettleseren din ble oppdaget og respektert som en reservasjon mot salg og deling.',
  gpcNotHonoured: 'Nettleseren din sender et Global Privacy Control-signal. Dette nettstedet tar ikke hensyn til det.',
  gpcNothingToStop:
    'Nettleseren din sender et Global Privacy Control-signal. Dette nettstedet verken selger eller deler personlig informasjon, så det er ingenting for signalet å reservere seg mot.',
  gpcOff: 'Nettleseren din støtter Global Privacy Control, og signalet er slått av.',
  dntHonoured:
    'Do Not Track-signalet fra nettleseren din ble oppdaget og respektert som en reservasjon mot salg, deling og målrettet reklame.',
  dntNotHonoured: 'Nettleseren din sender et Do Not Track-signal.',
  noSignal: 'Nettleseren din sender ikke noe personvernsignal.',
};
