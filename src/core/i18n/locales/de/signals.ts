import type { signalsStrings as english } from '../../en/signals.js';

/** German UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Das Global-Privacy-Control-Signal Ihres Browsers wurde erkannt und als Widerspruch gegen Verkauf und Weitergabe beachtet.',
  gpcNotHonoured: 'Ihr Browser sendet ein Global-Privacy-Control-Signal. Diese Website reagiert nicht darauf.',
  gpcNothingToStop:
    'Ihr Browser sendet ein Global-Privacy-Control-Signal. Diese Website verkauft keine personenbezogenen Informationen und gibt sie auch nicht weiter, daher gibt es nichts, dem das Signal widersprechen könnte.',
  gpcOff: 'Ihr Browser unterstützt Global Privacy Control, und das Signal ist ausgeschaltet.',
  dntHonoured:
    'Das Do-Not-Track-Signal Ihres Browsers wurde erkannt und als Widerspruch gegen Verkauf, Weitergabe und gezielte Werbung beachtet.',
  dntNotHonoured: 'Ihr Browser sendet ein Do-Not-Track-Signal.',
  noSignal: 'Ihr Browser sendet kein Datenschutzsignal.',
};
