import type { signalsStrings as english } from '../../en/signals.js';

/** Maltese UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Is-sinjal Global Privacy Control tal-browser tiegħek ġie skopert u rrispettat bħala rifjut tal-bejgħ u l-qsim.',
  gpcNotHonoured: 'Il-browser tiegħek jibgħat sinjal Global Privacy Control. Dan is-sit ma jaġixxix fuqu.',
  gpcNothingToStop:
    'Il-browser tiegħek jibgħat sinjal Global Privacy Control. Dan is-sit la jbigħ u lanqas jaqsam informazzjoni personali, għalhekk m’hemm xejn x’jiġi rrifjutat.',
  gpcOff: 'Il-browser tiegħek jappoġġa l-Global Privacy Control, u s-sinjal huwa mitfi.',
  dntHonoured:
    'Is-sinjal Do Not Track tal-browser tiegħek ġie skopert u rrispettat bħala rifjut tal-bejgħ, il-qsim u r-reklamar immirat.',
  dntNotHonoured: 'Il-browser tiegħek jibgħat sinjal Do Not Track.',
  noSignal: 'Il-browser tiegħek ma jibgħat l-ebda sinjal ta’ privatezza.',
};
