import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('pt-BR', age, { one: 'ano', other: 'anos' })}`;

/** Brazilian Portuguese UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Privacidade em resumo',
  effective: (date: string, version: string, updated?: string) =>
    `Em vigor desde ${date}, versão ${version}${updated ? `. Última atualização: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Última atualização: ${date}, versão ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `assunto: “${subject}”`,
  optional: 'opcional',
  sensitive: 'sensível',
  sources: { provided: 'fornecido por você', automatic: 'coletado automaticamente', 'third-party': 'de terceiros' },
  dpa: 'Sujeito a um contrato de tratamento de dados',
  labelCollected: 'O que coletamos',
  labelPurposes: 'Para quê',
  labelShared: 'Vendidos ou compartilhados',
  labelKept: 'Por quanto tempo',
  notSold: 'Nunca vendidos nem compartilhados',
  sold: 'Sim, veja quem os recebe',
  type: 'Dados',
  storage: 'Armazenamento e proteção',
  legalBasis: 'Base legal',
  recipient: 'Destinatário',
  location: 'Localização',
  howLong: 'Retenção',
  after: (period: string, event: string) => `${period} após ${event}`,
  until: (event: string) => `Até ${event}`,
  indefinite: 'Por tempo indeterminado',
  minimumAge: (age: number) => `Não destinado a crianças com menos de ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: menos de ${years(age)}.`,
  breachWithin: (window: string) => `Incidentes de segurança que afetem você são comunicados a você em até ${window}.`,
  noticeBefore: (period: string) => `Mudanças relevantes são anunciadas com pelo menos ${period} de antecedência.`,
  answerWithin: (period: string) => `Respondemos em até ${period}.`,
  how: 'Como',
  extension: (period: string) => `Esse prazo pode ser prorrogado por ${period}.`,
  requestOnline: 'O formulário de solicitação deste site',
  dpo: 'Encarregado de proteção de dados',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vendemos informações pessoais e as compartilhamos para publicidade comportamental entre contextos.'
      : sells
        ? 'Vendemos informações pessoais.'
        : shares
          ? 'Compartilhamos informações pessoais para publicidade comportamental entre contextos.'
          : 'Não vendemos nem compartilhamos suas informações pessoais.') as typeof english.sale,
  usedFor: (uses: string) => `Uso: ${uses}`,
  uses: {
    sale: 'venda de informações pessoais',
    sharing: 'compartilhamento para publicidade comportamental entre contextos',
    'targeted-advertising': 'publicidade direcionada',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respeitado',
  honouredNo: 'Não respeitado',
  roles: {
    processor: 'Operador',
    controller: 'Controlador independente',
    'third-party': 'Terceiro',
    'user-chosen': 'Escolhido por você',
  },
  sections: {
    about: 'Quem somos',
    collected: 'Dados que coletamos',
    notCollected: 'Dados que não coletamos',
    purposes: 'Para que os usamos',
    storage: 'Onde são armazenados',
    recipients: 'Quem os recebe',
    retention: 'Por quanto tempo os guardamos',
    cookies: 'Cookies e armazenamento',
    security: 'Segurança',
    transfers: 'Transferências internacionais',
    signals: 'Sinais de privacidade',
    children: 'Crianças',
    changes: 'Mudanças e incidentes de segurança',
    rights: 'Seus direitos',
    contact: 'Contato',
    commitments: 'O que nunca fazemos',
    notes: 'Mais informações',
  },
  legalBases: {
    consent: 'Seu consentimento',
    contract: 'Necessário para o nosso contrato com você',
    'legal-obligation': 'Obrigação legal',
    'vital-interests': 'Para proteger a vida de uma pessoa',
    'public-task': 'Tarefa de interesse público',
    'legitimate-interests': 'Nossos interesses legítimos',
  },
};
