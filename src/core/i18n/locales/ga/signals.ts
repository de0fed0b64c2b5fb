import type { signalsStrings as english } from '../../en/signals.js';

/** Irish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Braitheadh comhartha Global Privacy Control do bhrabhsálaí agus cloíodh leis mar dhiúltú do dhíol agus do chomhroinnt.',
  gpcNotHonoured: 'Seolann do bhrabhsálaí comhartha Global Privacy Control. Ní ghníomhaíonn an suíomh seo air.',
  gpcNothingToStop:
    'Seolann do bhrabhsálaí comhartha Global Privacy Control. Ní dhíolann agus ní chomhroinneann an suíomh seo faisnéis phearsanta, mar sin níl aon rud ann don chomhartha diúltú dó.',
  gpcOff: 'Tacaíonn do bhrabhsálaí le Global Privacy Control, agus tá an comhartha múchta.',
  dntHonoured:
    'Braitheadh comhartha Do Not Track do bhrabhsálaí agus cloíodh leis mar dhiúltú do dhíol, do chomhroinnt agus d’fhógraíocht spriocdhírithe.',
  dntNotHonoured: 'Seolann do bhrabhsálaí comhartha Do Not Track.',
  noSignal: 'Ní sheolann do bhrabhsálaí aon chomhartha príobháideachais.',
};
