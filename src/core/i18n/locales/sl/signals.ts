import type { signalsStrings as english } from '../../en/signals.js';

/** Slovenian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Signal Global Privacy Control iz vašega brskalnika je bil zaznan in upoštevan kot zavrnitev prodaje in deljenja.',
  gpcNotHonoured: 'Vaš brskalnik pošilja signal Global Privacy Control. To spletno mesto ga ne upošteva.',
  gpcNothingToStop:
    'Vaš brskalnik pošilja signal Global Privacy Control. To spletno mesto osebnih podatkov ne prodaja in ne deli, zato ni ničesar, kar bi signal lahko zavrnil.',
  gpcOff: 'Vaš brskalnik podpira Global Privacy Control, signal pa je izklopljen.',
  dntHonoured:
    'Signal Do Not Track iz vašega brskalnika je bil zaznan in upoštevan kot zavrnitev prodaje, deljenja in ciljnega oglaševanja.',
  dntNotHonoured: 'Vaš brskalnik pošilja signal Do Not Track.',
  noSignal: 'Vaš brskalnik ne pošilja nobenega signala zasebnosti.',
};
