import type { commonStrings as english } from '../../en/common.js';

/** Swedish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Läser in integritetspolicyn…',
  loadError:
    'Integritetspolicyn kunde inte läsas in, så inga integritetsval kan erbjudas just nu. Inget valfritt har aktiverats.',
  invalidPolicy:
    'Webbplatsens integritetspolicy innehåller fel, så inga integritetsval kan erbjudas just nu. Inget valfritt har aktiverats.',
  close: 'Stäng',
  policyLink: 'Läs hela integritetspolicyn',
  listAnd: ['sv', ' och ', ', ', ' och '],
};
