import type { signalsStrings as english } from '../../en/signals.js';

/** Brazilian Portuguese UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'O sinal Global Privacy Control do seu navegador foi detectado e respeitado como recusa da venda e do compartilhamento.',
  gpcNotHonoured: 'Seu navegador envia um sinal Global Privacy Control. Este site não age com base nele.',
  gpcNothingToStop:
    'Seu navegador envia um sinal Global Privacy Control. Este site não vende nem compartilha informações pessoais, então não há nada a recusar.',
  gpcOff: 'Seu navegador é compatível com o Global Privacy Control, e o sinal está desativado.',
  dntHonoured:
    'O sinal Do Not Track do seu navegador foi detectado e respeitado como recusa da venda, do compartilhamento e da publicidade direcionada.',
  dntNotHonoured: 'Seu navegador envia um sinal Do Not Track.',
  noSignal: 'Seu navegador não envia nenhum sinal de privacidade.',
};
