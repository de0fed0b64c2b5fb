import type { signalsStrings as english } from '../../en/signals.js';

/** Ukrainian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Сигнал Global Privacy Control від вашого браузера виявлено й ураховано як відмову від продажу та передавання даних.',
  gpcNotHonoured: 'Ваш браузер надсилає сигнал Global Privacy Control. Цей сайт його не враховує.',
  gpcNothingToStop:
    'Ваш браузер надсилає сигнал Global Privacy Control. Цей сайт не продає й не передає персональні дані, тому відмовлятися немає від чого.',
  gpcOff: 'Ваш браузер підтримує Global Privacy Control, і сигнал вимкнено.',
  dntHonoured:
    'Сигнал Do Not Track від вашого браузера виявлено й ураховано як відмову від продажу та передавання даних, а також від таргетованої реклами.',
  dntNotHonoured: 'Ваш браузер надсилає сигнал Do Not Track.',
  noSignal: 'Ваш браузер не надсилає жодного сигналу конфіденційності.',
};
