import type { signalsStrings as english } from '../../en/signals.js';

/** Serbian (Cyrillic) UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'Откривен је сигнал Global Privacy Control из вашег прегледача и уважен као одбијање продаје и дељења.',
  gpcNotHonoured: 'Ваш прегледач шаље сигнал Global Privacy Control. Овај сајт не поступа по њему.',
  gpcNothingToStop:
    'Ваш прегледач шаље сигнал Global Privacy Control. Овај сајт не продаје нити дели податке о личности, па нема ничега што би сигнал могао да искључи.',
  gpcOff: 'Ваш прегледач подржава Global Privacy Control, а сигнал је искључен.',
  dntHonoured:
    'Откривен је сигнал Do Not Track из вашег прегледача и уважен као одбијање продаје, дељења и циљаног оглашавања.',
  dntNotHonoured: 'Ваш прегледач шаље сигнал Do Not Track.',
  noSignal: 'Ваш прегледач не шаље никакав сигнал приватности.',
};
