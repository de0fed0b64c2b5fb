import type { commonStrings as english } from '../../en/common.js';

/** Persian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'در حال بارگذاری سیاست حریم خصوصی…',
  loadError:
    'سیاست حریم خصوصی بارگذاری نشد، بنابراین در حال حاضر هیچ انتخابی درباره حریم خصوصی ارائه نمی‌شود. هیچ مورد اختیاری فعال نشده است.',
  invalidPolicy:
    'سیاست حریم خصوصی این وب‌سایت خطا دارد، بنابراین در حال حاضر هیچ انتخابی درباره حریم خصوصی ارائه نمی‌شود. هیچ مورد اختیاری فعال نشده است.',
  close: 'بستن',
  policyLink: 'خواندن متن کامل سیاست حریم خصوصی',
  listAnd: ['fa', ' و ', '،\u200f ', '، و '],
};
