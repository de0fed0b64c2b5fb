import type { signalsStrings as english } from '../../en/signals.js';

/** Portuguese (Portugal) UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'O sinal Global Privacy Control do seu navegador foi detetado e respeitado como recusa da venda e da partilha.',
  gpcNotHonoured: 'O seu navegador envia um sinal Global Privacy Control. Este site não lhe dá seguimento.',
  gpcNothingToStop:
    'O seu navegador envia um sinal Global Privacy Control. Este site não vende nem partilha informações pessoais, pelo que não há nada a recusar.',
  gpcOff: 'O seu navegador suporta o Global Privacy Control e o sinal está desligado.',
  dntHonoured:
    'O sinal Do Not Track do seu navegador foi detetado e respeitado como recusa da venda, da partilha e da publicidade direcionada.',
  dntNotHonoured: 'O seu navegador envia um sinal Do Not Track.',
  noSignal: 'O seu navegador não envia nenhum sinal de privacidade.',
};
