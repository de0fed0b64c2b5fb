import type { rightsStrings as english } from '../../en/rights.js';

/** Brazilian Portuguese UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Abrir o formulário de solicitação',
  requestAnyAuthority:
    'Você pode apresentar uma reclamação à autoridade de proteção de dados do lugar onde mora, onde trabalha ou onde acredita que seus direitos foram violados.',
  rights: {
    access: ['Direito de acesso', 'Saber quais dados pessoais temos sobre você e obter uma cópia.'],
    rectification: ['Direito de correção', 'Pedir a correção de dados incorretos ou incompletos.'],
    erasure: ['Direito de eliminação', 'Pedir a eliminação dos seus dados pessoais.'],
    restriction: [
      'Direito à limitação do tratamento',
      'Pedir que guardemos seus dados, mas paremos de usá-los por enquanto.',
    ],
    portability: [
      'Direito à portabilidade dos dados',
      'Receber seus dados em um formato legível por máquina para levá-los a outro lugar.',
    ],
    objection: [
      'Direito de oposição',
      'Opor-se a usos baseados em nossos interesses legítimos ou ao marketing direto.',
    ],
    'withdraw-consent': [
      'Direito de revogar o consentimento',
      'Revogar o consentimento que você deu, com a mesma facilidade com que o deu.',
    ],
    'automated-decisions': [
      'Direito de não ser submetido a decisões automatizadas',
      'Não ser submetido a decisões tomadas apenas por uma máquina.',
    ],
    complaint: [
      'Direito de apresentar reclamação a uma autoridade de controle',
      'Apresentar uma reclamação a uma autoridade de proteção de dados.',
    ],
    know: ['Direito de saber', 'Saber quais informações pessoais coletamos, usamos e divulgamos.'],
    'opt-out-sale': [
      'Direito de recusar a venda/compartilhamento',
      'Impedir a venda ou o compartilhamento das suas informações pessoais.',
    ],
    'limit-sensitive': [
      'Direito de limitar o uso e a divulgação de informações pessoais sensíveis',
      'Limitar como usamos informações pessoais sensíveis.',
    ],
    'non-discrimination': [
      'Direito à não discriminação',
      'Exercer seus direitos não resultará em nenhum tratamento diferente.',
    ],
    'opt-out-marketing': [
      'Parar de receber mensagens de marketing',
      'Cancelar a inscrição em comunicações não essenciais.',
    ],
  },
  dates: {
    lang: 'pt',
    months: [
      '{d} de janeiro de {y}',
      '{d} de fevereiro de {y}',
      '{d} de março de {y}',
      '{d} de abril de {y}',
      '{d} de maio de {y}',
      '{d} de junho de {y}',
      '{d} de julho de {y}',
      '{d} de agosto de {y}',
      '{d} de setembro de {y}',
      '{d} de outubro de {y}',
      '{d} de novembro de {y}',
      '{d} de dezembro de {y}',
    ],
  },
};
