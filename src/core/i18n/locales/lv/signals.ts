import type { signalsStrings as english } from '../../en/signals.js';

/** Latvian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Jūsu pārlūkprogrammas Global Privacy Control signāls tika konstatēts un ievērots kā atteikšanās no pārdošanas un kopīgošanas.',
  gpcNotHonoured: 'Jūsu pārlūkprogramma sūta Global Privacy Control signālu. Šī vietne uz to nereaģē.',
  gpcNothingToStop:
    'Jūsu pārlūkprogramma sūta Global Privacy Control signālu. Šī vietne nepārdod un nekopīgo personisko informāciju, tāpēc signālam nav no kā atteikties.',
  gpcOff: 'Jūsu pārlūkprogramma atbalsta Global Privacy Control, un signāls ir izslēgts.',
  dntHonoured:
    'Jūsu pārlūkprogrammas Do Not Track signāls tika konstatēts un ievērots kā atteikšanās no pārdošanas, kopīgošanas un mērķētas reklāmas.',
  dntNotHonoured: 'Jūsu pārlūkprogramma sūta Do Not Track signālu.',
  noSignal: 'Jūsu pārlūkprogramma nesūta privātuma signālu.',
};
