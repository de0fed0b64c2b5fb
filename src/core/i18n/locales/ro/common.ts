import type { commonStrings as english } from '../../en/common.js';

/** Romanian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Se încarcă politica de confidențialitate…',
  loadError:
    'Politica de confidențialitate nu a putut fi încărcată, așa că momentan nu pot fi oferite opțiuni de confidențialitate. Nu a fost activat nimic opțional.',
  invalidPolicy:
    'Politica de confidențialitate a acestui site conține erori, așa că momentan nu pot fi oferite opțiuni de confidențialitate. Nu a fost activat nimic opțional.',
  close: 'Închideți',
  policyLink: 'Citiți politica de confidențialitate completă',
  listAnd: ['ro', ' și ', ', ', ' și '],
};
