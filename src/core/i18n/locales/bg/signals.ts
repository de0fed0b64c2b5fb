import type { signalsStrings as english } from '../../en/signals.js';

/** Bulgarian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Сигналът Global Privacy Control от браузъра ви беше открит и зачетен като отказ от продажба и споделяне.',
  gpcNotHonoured: 'Браузърът ви изпраща сигнал Global Privacy Control. Този сайт не се съобразява с него.',
  gpcNothingToStop:
    'Браузърът ви изпраща сигнал Global Privacy Control. Този сайт нито продава, нито споделя лични данни, затова няма от какво да се откажете.',
  gpcOff: 'Браузърът ви поддържа Global Privacy Control, а сигналът е изключен.',
  dntHonoured:
    'Сигналът Do Not Track от браузъра ви беше открит и зачетен като отказ от продажба, споделяне и насочена реклама.',
  dntNotHonoured: 'Браузърът ви изпраща сигнал Do Not Track.',
  noSignal: 'Браузърът ви не изпраща сигнал за поверителност.',
};
