import type { storageStrings as english } from '../../en/storage.js';

/** Spanish (Spain) UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Propia',
  thirdParty: 'De terceros',
  session: 'Hasta que cierre el navegador',
  unspecified: 'No se indica en la política',
  name: 'Nombre',
  purpose: 'Finalidad',
  duration: 'Duración',
  provider: 'Instalada por',
  necessaryCategory: 'Estrictamente necesarias',
  choiceCookie: 'Recuerda sus opciones de privacidad',
  durations: {
    lang: 'es',
    years: { one: '# año', other: '# años' },
    months: { one: '# mes', other: '# meses' },
    weeks: { one: '# semana', other: '# semanas' },
    days: { one: '# día', other: '# días' },
    hours: { one: '# hora', other: '# horas' },
    minutes: { one: '# minuto', other: '# minutos' },
    seconds: { one: '# segundo', other: '# segundos' },
  },
  kinds: {
    localStorage: 'almacenamiento local',
    sessionStorage: 'almacenamiento de sesión',
    indexedDB: 'IndexedDB',
    pixel: 'píxel',
    other: 'otro almacenamiento',
  } as Record<string, string>,
};
