import type { requestStrings as english } from '../../en/request.js';

/** Persian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'ثبت درخواست حریم خصوصی',
  requestTitle: 'ثبت درخواست حریم خصوصی',
  requestChoose: 'می‌خواهید از کدام حق استفاده کنید؟',
  requestEmail: 'نشانی ایمیل شما',
  requestDetails: 'جزئیات (اختیاری)',
  requestSubmit: 'ارسال درخواست',
  requestSending: 'در حال ارسال…',
  requestSent: (reference: string) => `درخواست شما دریافت شد.${reference ? ` شماره پیگیری: ${reference}` : ''}`,
  requestByEmail: 'نوشتن ایمیل',
  requestSelfService: 'خودتان در حساب کاربری‌تان انجام دهید',
  requestDeadline: (date: string) => `تا ${date} پاسخ می‌دهیم.`,
  requestNoIdentity: 'برای این درخواست از شما مدرک شناسایی خواسته نمی‌شود.',
  requestRetry: 'تلاش دوباره',
  requestFailed: (reason: string) =>
    `درخواست شما ارسال نشد (${reason}). هیچ‌یک از اطلاعاتی که وارد کرده‌اید از بین نرفته است: دوباره تلاش کنید یا آن را با ایمیل بفرستید.`,
  requestUncertain:
    'پاسخی به‌موقع دریافت نکردیم، بنابراین ممکن است درخواست شما نرسیده باشد. هیچ‌یک از اطلاعاتی که وارد کرده‌اید از بین نرفته است: دوباره تلاش کنید (دو بار شمرده نمی‌شود) یا آن را با ایمیل بفرستید.',
  requestNetworkError: 'اتصال برقرار نیست',
  requestServerError: (status: number) => `سرور با کد ${status} پاسخ داد`,
  requestBadReply: 'پاسخ سرور تأیید دریافت نبود',
  requestOptional: '(اختیاری)',
  requestNoMethod:
    'این سیاست هیچ راهی برای ثبت آنلاین این درخواست ذکر نکرده است. از اطلاعات تماس در سیاست حریم خصوصی استفاده کنید.',
  invalidEmail: 'یک نشانی ایمیل وارد کنید، مانند name@example.com.',
  required: 'پر کردن این قسمت الزامی است.',
  back: 'بازگشت',
  requestObjectionTitle: 'حق اعتراض شما',
  requestOtherRights: 'سایر حقوق شما',
  requestNoEmail: 'این سیاست هیچ نشانی ایمیلی برای درخواست‌ها ذکر نکرده است.',
  requestNoRights: 'این سیاست هیچ حقی را که بتوانید اینجا درخواست کنید فهرست نکرده است.',
  requestBody: (right: string) => `می‌خواهم از این حق خود استفاده کنم: ${right}.`,
  requestFrom: (email: string) => `نشانی ایمیل من: ${email}`,
};
