import type { storageStrings as english } from '../../en/storage.js';

/** Arabic UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'طرف أول',
  thirdParty: 'طرف ثالث',
  session: 'حتى إغلاق المتصفح',
  unspecified: 'غير مذكور في السياسة',
  name: 'الاسم',
  purpose: 'الغرض',
  duration: 'المدة',
  provider: 'الجهة التي تضعه',
  necessaryCategory: 'ضرورية للغاية',
  choiceCookie: 'يحفظ خيارات الخصوصية الخاصة بك',
  kinds: {
    localStorage: 'التخزين المحلي',
    sessionStorage: 'تخزين الجلسة',
    indexedDB: 'IndexedDB',
    pixel: 'بكسل تتبع',
    other: 'تخزين آخر',
  },
};
