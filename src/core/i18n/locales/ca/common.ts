import type { commonStrings as english } from '../../en/common.js';

/** Catalan UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'S’està carregant la política de privadesa…',
  loadError:
    'No s’ha pogut carregar la política de privadesa, de manera que ara mateix no es poden oferir opcions de privadesa. No s’ha activat res d’opcional.',
  invalidPolicy:
    'La política de privadesa d’aquest lloc web conté errors, de manera que ara mateix no es poden oferir opcions de privadesa. No s’ha activat res d’opcional.',
  close: 'Tancar',
  policyLink: 'Llegir la política de privadesa completa',
  listAnd: ['ca', ' i ', ', ', ' i '],
};
