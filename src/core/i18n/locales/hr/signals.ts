import type { signalsStrings as english } from '../../en/signals.js';

/** Croatian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Otkriven je signal Global Privacy Control iz vašeg preglednika i uvažen kao odbijanje prodaje i dijeljenja.',
  gpcNotHonoured: 'Vaš preglednik šalje signal Global Privacy Control. Ova web-stranica ne postupa prema njemu.',
  gpcNothingToStop:
    'Vaš preglednik šalje signal Global Privacy Control. Ova web-stranica ne prodaje niti dijeli osobne podatke, pa nema ničega što bi signal mogao isključiti.',
  gpcOff: 'Vaš preglednik podržava Global Privacy Control, a signal je isključen.',
  dntHonoured:
    'Otkriven je signal Do Not Track iz vašeg preglednika i uvažen kao odbijanje prodaje, dijeljenja i ciljanog oglašavanja.',
  dntNotHonoured: 'Vaš preglednik šalje signal Do Not Track.',
  noSignal: 'Vaš preglednik ne šalje nikakav signal privatnosti.',
};
