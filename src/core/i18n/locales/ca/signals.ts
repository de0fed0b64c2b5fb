import type { signalsStrings as english } from '../../en/signals.js';

/** Catalan UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'S’ha detectat el senyal Global Privacy Control del seu navegador i s’ha respectat com a exclusió de la venda i l’intercanvi.',
  gpcNotHonoured: 'El seu navegador envia un senyal Global Privacy Control. Aquest lloc web no el té en compte.',
  gpcNothingToStop:
    'El seu navegador envia un senyal Global Privacy Control. Aquest lloc web no ven ni intercanvia informació personal, de manera que no hi ha res de què excloure’s.',
  gpcOff: 'El seu navegador admet Global Privacy Control i el senyal està desactivat.',
  dntHonoured:
    'S’ha detectat el senyal Do Not Track del seu navegador i s’ha respectat com a exclusió de la venda, l’intercanvi i la publicitat orientada.',
  dntNotHonoured: 'El seu navegador envia un senyal Do Not Track.',
  noSignal: 'El seu navegador no envia cap senyal de privadesa.',
};
