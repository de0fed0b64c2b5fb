import type { signalsStrings as english } from '../../en/signals.js';

/** Basque UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Zure nabigatzailearen Global Privacy Control seinalea hauteman da, eta salmentatik eta partekatzetik kanpo geratzeko eskaera gisa errespetatu da.',
  gpcNotHonoured:
    'Zure nabigatzaileak Global Privacy Control seinalea bidaltzen du. Webgune honek ez du kontuan hartzen.',
  gpcNothingToStop:
    'Zure nabigatzaileak Global Privacy Control seinalea bidaltzen du. Webgune honek ez du informazio pertsonalik saltzen ez partekatzen; beraz, ez dago ezer geldiarazteko.',
  gpcOff: 'Zure nabigatzaileak Global Privacy Control onartzen du, eta seinalea desaktibatuta dago.',
  dntHonoured:
    'Zure nabigatzailearen Do Not Track seinalea hauteman da, eta salmentatik, partekatzetik eta publizitate zuzendutik kanpo geratzeko eskaera gisa errespetatu da.',
  dntNotHonoured: 'Zure nabigatzaileak Do Not Track seinalea bidaltzen du.',
  noSignal: 'Zure nabigatzaileak ez du pribatutasun-seinalerik bidaltzen.',
};
