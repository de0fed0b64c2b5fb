import type { signalsStrings as english } from '../../en/signals.js';

/** Russian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Сигнал Global Privacy Control от вашего браузера обнаружен и учтен как отказ от продажи и передачи данных.',
  gpcNotHonoured: 'Ваш браузер отправляет сигнал Global Privacy Control. Этот сайт его не учитывает.',
  gpcNothingToStop:
    'Ваш браузер отправляет сигнал Global Privacy Control. Этот сайт не продает и не передает персональные данные, поэтому отказываться не от чего.',
  gpcOff: 'Ваш браузер поддерживает Global Privacy Control, и сигнал выключен.',
  dntHonoured:
    'Сигнал Do Not Track от вашего браузера обнаружен и учтен как отказ от продажи и передачи данных, а также от таргетированной рекламы.',
  dntNotHonoured: 'Ваш браузер отправляет сигнал Do Not Track.',
  noSignal: 'Ваш браузер не отправляет сигналов конфиденциальности.',
};
