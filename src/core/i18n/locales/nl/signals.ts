import type { signalsStrings as english } from '../../en/signals.js';

/** Dutch UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Het Global Privacy Control-signaal van uw browser is gedetecteerd en gerespecteerd als bezwaar tegen verkoop en delen.',
  gpcNotHonoured: 'Uw browser verstuurt een Global Privacy Control-signaal. Deze website doet daar niets mee.',
  gpcNothingToStop:
    'Uw browser verstuurt een Global Privacy Control-signaal. Deze website verkoopt en deelt geen persoonlijke informatie, dus er is niets waartegen het signaal bezwaar hoeft te maken.',
  gpcOff: 'Uw browser ondersteunt Global Privacy Control en het signaal staat uit.',
  dntHonoured:
    'Het Do Not Track-signaal van uw browser is gedetecteerd en gerespecteerd als bezwaar tegen verkoop, delen en gerichte advertenties.',
  dntNotHonoured: 'Uw browser verstuurt een Do Not Track-signaal.',
  noSignal: 'Uw browser verstuurt geen privacysignaal.',
};
