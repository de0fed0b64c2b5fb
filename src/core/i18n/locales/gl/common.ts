import type { commonStrings as english } from '../../en/common.js';

/** Galician UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Cargando a política de privacidade…',
  loadError:
    'Non se puido cargar a política de privacidade, polo que agora mesmo non se poden ofrecer opcións de privacidade. Non se activou nada opcional.',
  invalidPolicy:
    'A política de privacidade deste sitio web ten erros, polo que agora mesmo non se poden ofrecer opcións de privacidade. Non se activou nada opcional.',
  close: 'Pechar',
  policyLink: 'Ler a política de privacidade completa',
  listAnd: ['gl', ' e ', ', ', ' e '],
};
