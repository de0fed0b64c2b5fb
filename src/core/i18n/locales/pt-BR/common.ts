import type { commonStrings as english } from '../../en/common.js';

/** Brazilian Portuguese UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Carregando a política de privacidade…',
  loadError:
    'Não foi possível carregar a política de privacidade, então nenhuma escolha de privacidade pode ser oferecida no momento. Nada opcional foi ativado.',
  invalidPolicy:
    'A política de privacidade deste site tem erros, então nenhuma escolha de privacidade pode ser oferecida no momento. Nada opcional foi ativado.',
  close: 'Fechar',
  policyLink: 'Ler a política de privacidade completa',
  listAnd: ['pt', ' e ', ', ', ' e '],
};
