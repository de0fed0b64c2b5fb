import type { signalsStrings as english } from '../../en/signals.js';

/** Swedish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Din webbläsares Global Privacy Control-signal upptäcktes och respekterades som ett bortval av försäljning och delning.',
  gpcNotHonoured: 'Din webbläsare skickar en Global Privacy Control-signal. Den här webbplatsen agerar inte på den.',
  gpcNothingToStop:
    'Din webbläsare skickar en Global Privacy Control-signal. Den här webbplatsen varken säljer eller delar personlig information, så det finns inget för signalen att välja bort.',
  gpcOff: 'Din webbläsare stöder Global Privacy Control, och signalen är avstängd.',
  dntHonoured:
    'Din webbläsares Do Not Track-signal upptäcktes och respekterades som ett bortval av försäljning, delning och riktad reklam.',
  dntNotHonoured: 'Din webbläsare skickar en Do Not Track-signal.',
  noSignal: 'Din webbläsare skickar ingen integritetssignal.',
};
