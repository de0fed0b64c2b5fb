import type { rightsStrings as english } from '../../en/rights.js';

/** Portuguese (Portugal) UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Abrir o formulário de pedido',
  requestAnyAuthority:
    'Pode apresentar reclamação à autoridade de proteção de dados do local onde reside, onde trabalha ou onde considera que os seus direitos foram violados.',
  rights: {
    access: ['Direito de acesso', 'Saber que dados pessoais temos sobre si e obter uma cópia.'],
    rectification: ['Direito de retificação', 'Obter a correção de dados inexatos ou incompletos.'],
    erasure: ['Direito ao apagamento dos dados', 'Obter o apagamento dos seus dados pessoais.'],
    restriction: [
      'Direito à limitação do tratamento',
      'Pedir-nos que conservemos os seus dados, mas deixemos de os utilizar por agora.',
    ],
    portability: [
      'Direito de portabilidade dos dados',
      'Receber os seus dados num formato de leitura automática para os transferir para outro lado.',
    ],
    objection: [
      'Direito de oposição',
      'Opor-se a utilizações baseadas nos nossos interesses legítimos ou à comercialização direta.',
    ],
    'withdraw-consent': [
      'Direito de retirar o consentimento',
      'Retirar o consentimento que deu, com a mesma facilidade com que o deu.',
    ],
    'automated-decisions': [
      'Direito de não ficar sujeito a decisões automatizadas',
      'Não ficar sujeito a decisões tomadas exclusivamente por uma máquina.',
    ],
    complaint: [
      'Direito de apresentar reclamação a uma autoridade de controlo',
      'Apresentar reclamação a uma autoridade de proteção de dados.',
    ],
    know: ['Direito de saber', 'Saber que informações pessoais recolhemos, utilizamos e divulgamos.'],
    'opt-out-sale': [
      'Direito de recusar a venda/partilha',
      'Pôr fim à venda ou à partilha das suas informações pessoais.',
    ],
    'limit-sensitive': [
      'Direito de limitar a utilização e a divulgação de informações pessoais sensíveis',
      'Limitar a forma como utilizamos informações pessoais sensíveis.',
    ],
    'non-discrimination': [
      'Direito à não discriminação',
      'Exercer os seus direitos não levará a qualquer tratamento diferente.',
    ],
    'opt-out-marketing': [
      'Deixar de receber mensagens de marketing',
      'Cancelar a subscrição de comunicações não essenciais.',
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
