import type { storageStrings as english } from '../../en/storage.js';

/** Persian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'طرف اول',
  thirdParty: 'طرف ثالث',
  session: 'تا زمانی که مرورگر را ببندید',
  unspecified: 'در سیاست ذکر نشده است',
  name: 'نام',
  purpose: 'هدف',
  duration: 'مدت',
  provider: 'تنظیم‌کننده',
  necessaryCategory: 'کاملاً ضروری',
  choiceCookie: 'انتخاب‌های حریم خصوصی شما را به خاطر می‌سپارد',
  durations: {
    lang: 'fa',
    digits: '۰۱۲۳۴۵۶۷۸۹',
    years: { other: '# سال' },
    months: { other: '# ماه' },
    weeks: { other: '# هفته' },
    days: { other: '# روز' },
    hours: { other: '# ساعت' },
    minutes: { other: '# دقیقه' },
    seconds: { other: '# ثانیه' },
  },
  kinds: {
    localStorage: 'فضای ذخیره‌سازی محلی',
    sessionStorage: 'فضای ذخیره‌سازی نشست',
    indexedDB: 'IndexedDB',
    pixel: 'پیکسل',
    other: 'سایر فضاهای ذخیره‌سازی',
  } as Record<string, string>,
};
