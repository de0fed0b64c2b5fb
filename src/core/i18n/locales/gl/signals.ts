import type { signalsStrings as english } from '../../en/signals.js';

/** Galician UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Detectouse o sinal Global Privacy Control do seu navegador e respectouse como exclusión da venda e o intercambio.',
  gpcNotHonoured: 'O seu navegador envía un sinal Global Privacy Control. Este sitio web non actúa en consecuencia.',
  gpcNothingToStop:
    'O seu navegador envía un sinal Global Privacy Control. Este sitio web non vende nin intercambia información persoal, polo que non hai nada do que excluírse.',
  gpcOff: 'O seu navegador admite Global Privacy Control, e o sinal está desactivado.',
  dntHonoured:
    'Detectouse o sinal Do Not Track do seu navegador e respectouse como exclusión da venda, o intercambio e a publicidade dirixida.',
  dntNotHonoured: 'O seu navegador envía un sinal Do Not Track.',
  noSignal: 'O seu navegador non envía ningún sinal de privacidade.',
};
