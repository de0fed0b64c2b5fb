import type { signalsStrings as english } from '../../en/signals.js';

/** Latin American Spanish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Se detectó la señal Global Privacy Control de su navegador y se respetó como exclusión de la venta y el intercambio.',
  gpcNotHonoured: 'Su navegador envía una señal Global Privacy Control. Este sitio no actúa en consecuencia.',
  gpcNothingToStop:
    'Su navegador envía una señal Global Privacy Control. Este sitio no vende ni intercambia información personal, así que no hay nada de lo que excluirse.',
  gpcOff: 'Su navegador admite Global Privacy Control y la señal está desactivada.',
  dntHonoured:
    'Se detectó la señal Do Not Track de su navegador y se respetó como exclusión de la venta, el intercambio y la publicidad dirigida.',
  dntNotHonoured: 'Su navegador envía una señal Do Not Track.',
  noSignal: 'Su navegador no envía ninguna señal de privacidad.',
};
