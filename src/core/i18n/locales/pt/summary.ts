import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) => `${age} ${plural('pt-PT', age, { one: 'ano', other: 'anos' })}`;

/** Portuguese (Portugal) UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'A privacidade em resumo',
  effective: (date: string, version: string, updated?: string) =>
    `Em vigor desde ${date}, versão ${version}${updated ? `. Última atualização: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Última atualização: ${date}, versão ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `assunto: «${subject}»`,
  optional: 'opcional',
  sensitive: 'sensível',
  sources: { provided: 'fornecido por si', automatic: 'recolhido automaticamente', 'third-party': 'de terceiros' },
  dpa: 'Vinculado por um contrato de subcontratação',
  labelCollected: 'O que recolhemos',
  labelPurposes: 'Para quê',
  labelShared: 'Vendidos ou partilhados',
  labelKept: 'Durante quanto tempo',
  notSold: 'Nunca vendidos nem partilhados',
  sold: 'Sim, ver quem os recebe',
  type: 'Dados',
  storage: 'Armazenamento e proteção',
  legalBasis: 'Fundamento jurídico',
  recipient: 'Destinatário',
  location: 'Localização',
  howLong: 'Conservação',
  after: (period: string, event: string) => `${period} após ${event}`,
  until: (event: string) => `Até ${event}`,
  indefinite: 'Por tempo indeterminado',
  minimumAge: (age: number) => `Não se destina a crianças com menos de ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: menos de ${years(age)}.`,
  breachWithin: (window: string) => `As violações de dados que o afetem são-lhe comunicadas no prazo de ${window}.`,
  noticeBefore: (period: string) =>
    `As alterações importantes são anunciadas com, pelo menos, ${period} de antecedência.`,
  answerWithin: (period: string) => `Respondemos no prazo de ${period}.`,
  how: 'Como',
  extension: (period: string) => `Este prazo pode ser prorrogado por ${period}.`,
  requestOnline: 'O formulário de pedido neste site',
  dpo: 'Encarregado da proteção de dados',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Vendemos informações pessoais e partilhamo-las para publicidade comportamental entre contextos.'
      : sells
        ? 'Vendemos informações pessoais.'
        : shares
          ? 'Partilhamos informações pessoais para publicidade comportamental entre contextos.'
          : 'Não vendemos nem partilhamos as suas informações pessoais.') as typeof english.sale,
  usedFor: (uses: string) => `Utilização: ${uses}`,
  uses: {
    sale: 'venda de informações pessoais',
    sharing: 'partilha para publicidade comportamental entre contextos',
    'targeted-advertising': 'publicidade direcionada',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Respeitado',
  honouredNo: 'Não respeitado',
  roles: {
    processor: 'Subcontratante',
    controller: 'Responsável pelo tratamento independente',
    'third-party': 'Terceiro',
    'user-chosen': 'Escolhido por si',
  },
  sections: {
    about: 'Quem somos',
    collected: 'Dados que recolhemos',
    notCollected: 'Dados que não recolhemos',
    purposes: 'Para que os utilizamos',
    storage: 'Onde são armazenados',
    recipients: 'Quem os recebe',
    retention: 'Durante quanto tempo os conservamos',
    cookies: 'Cookies e armazenamento',
    security: 'Segurança',
    transfers: 'Transferências internacionais',
    signals: 'Sinais de privacidade',
    children: 'Crianças',
    changes: 'Alterações e violações de dados',
    rights: 'Os seus direitos',
    contact: 'Contactos',
    commitments: 'O que nunca fazemos',
    notes: 'Mais informações',
  },
  legalBases: {
    consent: 'O seu consentimento',
    contract: 'Necessário para o nosso contrato consigo',
    'legal-obligation': 'Obrigação jurídica',
    'vital-interests': 'Para proteger a vida de uma pessoa',
    'public-task': 'Funções de interesse público',
    'legitimate-interests': 'Os nossos interesses legítimos',
  },
};
