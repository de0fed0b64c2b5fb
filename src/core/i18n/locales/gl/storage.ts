import type { storageStrings as english } from '../../en/storage.js';

/** Galician UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Propia',
  thirdParty: 'De terceiros',
  session: 'Ata que peche o navegador',
  unspecified: 'Non se indica na política',
  name: 'Nome',
  purpose: 'Finalidade',
  duration: 'Duración',
  provider: 'Instalada por',
  necessaryCategory: 'Estritamente necesarias',
  choiceCookie: 'Lembra as súas opcións de privacidade',
  durations: {
    lang: 'gl',
    years: { one: '# ano', other: '# anos' },
    months: { one: '# mes', other: '# meses' },
    weeks: { one: '# semana', other: '# semanas' },
    days: { one: '# día', other: '# días' },
    hours: { one: '# hora', other: '# horas' },
    minutes: { one: '# minuto', other: '# minutos' },
    seconds: { one: '# segundo', other: '# segundos' },
  },
  kinds: {
    localStorage: 'almacenamento local',
    sessionStorage: 'almacenamento de sesión',
    indexedDB: 'IndexedDB',
    pixel: 'píxel',
    other: 'outro almacenamento',
  },
};
