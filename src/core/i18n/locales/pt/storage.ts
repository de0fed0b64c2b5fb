import type { storageStrings as english } from '../../en/storage.js';

/** Portuguese (Portugal) UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Próprio',
  thirdParty: 'De terceiros',
  session: 'Até fechar o navegador',
  unspecified: 'Não indicado na política',
  name: 'Nome',
  purpose: 'Finalidade',
  duration: 'Duração',
  provider: 'Definido por',
  necessaryCategory: 'Estritamente necessários',
  choiceCookie: 'Memoriza as suas opções de privacidade',
  durations: {
    lang: 'pt',
    years: { one: '# ano', other: '# anos' },
    months: { one: '# mês', other: '# meses' },
    weeks: { one: '# semana', other: '# semanas' },
    days: { one: '# dia', other: '# dias' },
    hours: { one: '# hora', other: '# horas' },
    minutes: { one: '# minuto', other: '# minutos' },
    seconds: { one: '# segundo', other: '# segundos' },
  },
  kinds: {
    localStorage: 'armazenamento local',
    sessionStorage: 'armazenamento de sessão',
    indexedDB: 'IndexedDB',
    pixel: 'pixel de rastreio',
    other: 'outro armazenamento',
  } as Record<string, string>,
};
