import type { commonStrings as english } from '../../en/common.js';

/** Croatian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Učitavanje politike privatnosti…',
  loadError:
    'Politiku privatnosti nije moguće učitati, pa trenutačno ne možemo ponuditi nikakve odabire privatnosti. Ništa neobavezno nije uključeno.',
  invalidPolicy:
    'Politika privatnosti ove web-stranice sadržava pogreške, pa trenutačno ne možemo ponuditi nikakve odabire privatnosti. Ništa neobavezno nije uključeno.',
  close: 'Zatvori',
  policyLink: 'Pročitaj cijelu politiku privatnosti',
  listAnd: ['hr', ' i ', ', ', ' i '],
};
