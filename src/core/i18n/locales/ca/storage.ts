import type { storageStrings as english } from '../../en/storage.js';

/** Catalan UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Pròpia',
  thirdParty: 'De tercers',
  session: 'Fins que tanqui el navegador',
  unspecified: 'No s’indica a la política',
  name: 'Nom',
  purpose: 'Finalitat',
  duration: 'Durada',
  provider: 'Instal·lada per',
  necessaryCategory: 'Estrictament necessàries',
  choiceCookie: 'Recorda les seves opcions de privadesa',
  durations: {
    lang: 'ca',
    years: { one: '# any', other: '# anys' },
    months: { one: '# mes', other: '# mesos' },
    weeks: { one: '# setmana', other: '# setmanes' },
    days: { one: '# dia', other: '# dies' },
    hours: { one: '# hora', other: '# hores' },
    minutes: { one: '# minut', other: '# minuts' },
    seconds: { one: '# segon', other: '# segons' },
  },
  kinds: {
    localStorage: 'emmagatzematge local',
    sessionStorage: 'emmagatzematge de sessió',
    indexedDB: 'IndexedDB',
    pixel: 'píxel',
    other: 'altre emmagatzematge',
  } as Record<string, string>,
};
