import type { signalsStrings as english } from '../../en/signals.js';

/** Finnish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Selaimesi Global Privacy Control -signaali havaittiin, ja sitä noudatettiin myynnin ja jakamisen kieltona.',
  gpcNotHonoured: 'Selaimesi lähettää Global Privacy Control -signaalin. Tämä sivusto ei toimi sen mukaan.',
  gpcNothingToStop:
    'Selaimesi lähettää Global Privacy Control -signaalin. Tämä sivusto ei myy eikä jaa henkilökohtaisia tietoja, joten signaalilla ei ole mitään kiellettävää.',
  gpcOff: 'Selaimesi tukee Global Privacy Control -signaalia, ja se on pois päältä.',
  dntHonoured:
    'Selaimesi Do Not Track -signaali havaittiin, ja sitä noudatettiin myynnin, jakamisen ja kohdennetun mainonnan kieltona.',
  dntNotHonoured: 'Selaimesi lähettää Do Not Track -signaalin.',
  noSignal: 'Selaimesi ei lähetä tietosuojasignaalia.',
};
