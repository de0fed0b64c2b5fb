import type { commonStrings as english } from '../../en/common.js';

/** Arabic UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'جارٍ تحميل سياسة الخصوصية…',
  loadError: 'تعذّر تحميل سياسة الخصوصية، لذا لا يمكن تقديم خيارات الخصوصية الآن. لم يُفعَّل أي شيء اختياري.',
  invalidPolicy:
    'تحتوي سياسة الخصوصية لهذا الموقع على أخطاء، لذا لا يمكن تقديم خيارات الخصوصية الآن. لم يُفعَّل أي شيء اختياري.',
  close: 'إغلاق',
  policyLink: 'قراءة سياسة الخصوصية كاملة',
  listAnd: ['ar', ' و', ' و', ' و'],
};
