import type { commonStrings as english } from '../../en/common.js';

/** Danish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Indlæser privatlivspolitikken…',
  loadError:
    'Privatlivspolitikken kunne ikke indlæses, så der kan ikke tilbydes nogen privatlivsvalg lige nu. Intet valgfrit er blevet slået til.',
  invalidPolicy:
    'Dette websteds privatlivspolitik indeholder fejl, så der kan ikke tilbydes nogen privatlivsvalg lige nu. Intet valgfrit er blevet slået til.',
  close: 'Luk',
  policyLink: 'Læs hele privatlivspolitikken',
  listAnd: ['da', ' og ', ', ', ' og '],
};
