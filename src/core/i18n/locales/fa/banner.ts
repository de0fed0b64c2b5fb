import type { bannerStrings as english } from '../../en/banner.js';

/** Persian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'کوکی‌ها در این وب‌سایت',
  noticeText:
    'این وب‌سایت فقط از کوکی‌ها و فضای ذخیره‌سازی‌ای استفاده می‌کند که برای کار کردن آن کاملاً ضروری است. این موارد به رضایت نیاز ندارند، بنابراین چیزی برای پذیرفتن یا رد کردن وجود ندارد.',
  cookieDetails: 'جزئیات کوکی‌ها',
  acknowledge: 'متوجه شدم',
  promptTitle: 'انتخاب‌های حریم خصوصی شما',
  promptText:
    'ما برای اداره این وب‌سایت از کوکی‌های کاملاً ضروری استفاده می‌کنیم. تا زمانی که شما انتخاب نکنید، هیچ مورد اختیاری استفاده نمی‌شود و هر زمان که بخواهید می‌توانید نظرتان را تغییر دهید.',
  promptPurposes: (purposes: string) => `با اجازه شما، از کوکی‌ها برای این موارد نیز استفاده خواهیم کرد: ${purposes}.`,
  promptRecipients: (recipients: string) =>
    `داده‌های حاصل از آن‌ها به این دریافت‌کنندگان فرستاده خواهد شد: ${recipients}.`,
  promptMore: 'دیدن همه کوکی‌ها و دریافت‌کنندگان داده‌ها',
  acceptAll: 'پذیرش همه',
  rejectAll: 'رد همه',
  customize: 'سفارشی‌سازی',
  reopen: 'انتخاب‌های حریم خصوصی',
  storageUnavailable: 'مرورگر شما کوکی‌ها را مسدود می‌کند، بنابراین این انتخاب فقط برای همین صفحه اعمال می‌شود.',
};
