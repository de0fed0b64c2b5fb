import type { storageStrings as english } from '../../en/storage.js';

/** Turkish UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Birinci taraf',
  thirdParty: 'Üçüncü taraf',
  session: 'Tarayıcıyı kapatana kadar',
  unspecified: 'Politikada belirtilmemiş',
  name: 'Ad',
  purpose: 'Amaç',
  duration: 'Süre',
  provider: 'Yerleştiren',
  necessaryCategory: 'Kesinlikle gerekli',
  choiceCookie: 'Gizlilik seçimlerinizi hatırlar',
  durations: {
    lang: 'tr',
    years: { other: '# yıl' },
    months: { other: '# ay' },
    weeks: { other: '# hafta' },
    days: { other: '# gün' },
    hours: { other: '# saat' },
    minutes: { other: '# dakika' },
    seconds: { other: '# saniye' },
  },
  kinds: {
    localStorage: 'yerel depolama',
    sessionStorage: 'oturum depolaması',
    indexedDB: 'IndexedDB',
    pixel: 'piksel',
    other: 'diğer depolama',
  },
};
