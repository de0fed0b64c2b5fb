import type { commonStrings as english } from '../../en/common.js';

/** Portuguese (Portugal) UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'A carregar a política de privacidade…',
  loadError:
    'Não foi possível carregar a política de privacidade, pelo que, de momento, não é possível oferecer opções de privacidade. Nada de opcional foi ativado.',
  invalidPolicy:
    'A política de privacidade deste site contém erros, pelo que, de momento, não é possível oferecer opções de privacidade. Nada de opcional foi ativado.',
  close: 'Fechar',
  policyLink: 'Ler a política de privacidade completa',
  listAnd: ['pt', ' e ', ', ', ' e '],
};
