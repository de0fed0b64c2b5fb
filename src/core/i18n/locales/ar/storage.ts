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
  durations: {
    lang: 'ar',
    years: { one: 'سنة', two: 'سنتان', few: '# سنوات', other: '# سنة' },
    months: { one: 'شهر', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' },
    weeks: { one: 'أسبوع', two: 'أسبوعان', few: '# أسابيع', many: '# أسبوعًا', other: '# أسبوع' },
    days: { one: 'يوم', two: 'يومان', few: '# أيام', many: '# يومًا', other: '# يوم' },
    hours: { one: 'ساعة', two: 'ساعتان', few: '# ساعات', other: '# ساعة' },
    minutes: { one: 'دقيقة', two: 'دقيقتان', few: '# دقائق', other: '# دقيقة' },
    seconds: { one: 'ثانية', two: 'ثانيتان', few: '# ثوان', other: '# ثانية' },
  },
  kinds: {
    localStorage: 'التخزين المحلي',
    sessionStorage: 'تخزين الجلسة',
    indexedDB: 'IndexedDB',
    pixel: 'بكسل تتبع',
    other: 'تخزين آخر',
  },
};
