import type { commonStrings as english } from '../../en/common.js';

/** Norwegian Bokmål UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Laster inn personvernerklæringen…',
  loadError:
    'Personvernerklæringen kunne ikke lastes inn, så ingen personvernvalg kan tilbys akkurat nå. Ingenting valgfritt er slått på.',
  invalidPolicy:
    'Personvernerklæringen til dette nettstedet inneholder feil, så ingen personvernvalg kan tilbys akkurat nå. Ingenting valgfritt er slått på.',
  close: 'Lukk',
  policyLink: 'Les hele personvernerklæringen',
  listAnd: ['nb', ' og ', ', ', ' og '],
};
