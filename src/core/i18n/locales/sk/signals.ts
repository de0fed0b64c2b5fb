import type { signalsStrings as english } from '../../en/signals.js';

/** Slovak UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Signál Global Privacy Control z vášho prehliadača bol zistený a rešpektovaný ako odmietnutie predaja a zdieľania.',
  gpcNotHonoured: 'Váš prehliadač odosiela signál Global Privacy Control. Táto webová stránka sa ním neriadi.',
  gpcNothingToStop:
    'Váš prehliadač odosiela signál Global Privacy Control. Táto webová stránka osobné údaje nepredáva ani nezdieľa, takže nie je čo odmietnuť.',
  gpcOff: 'Váš prehliadač podporuje Global Privacy Control a signál je vypnutý.',
  dntHonoured:
    'Signál Do Not Track z vášho prehliadača bol zistený a rešpektovaný ako odmietnutie predaja, zdieľania a cielenej reklamy.',
  dntNotHonoured: 'Váš prehliadač odosiela signál Do Not Track.',
  noSignal: 'Váš prehliadač neodosiela žiadny signál ochrany súkromia.',
};
