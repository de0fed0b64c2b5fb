import type { bannerStrings as english } from '../../en/banner.js';

/** Arabic UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'ملفات تعريف الارتباط على هذا الموقع',
  noticeText:
    'يستخدم هذا الموقع فقط ملفات تعريف الارتباط والتخزين الضرورية للغاية لعمله. وهي لا تتطلب موافقة، لذا لا يوجد شيء لقبوله أو رفضه.',
  cookieDetails: 'تفاصيل ملفات تعريف الارتباط',
  acknowledge: 'حسنًا',
  promptTitle: 'خيارات الخصوصية الخاصة بك',
  promptText:
    'نستخدم ملفات تعريف الارتباط الضرورية للغاية لتشغيل هذا الموقع. لا يُستخدم أي شيء اختياري قبل اختيارك، ويمكنك تغيير رأيك في أي وقت.',
  promptPurposes: (purposes: string) => `بإذنك، سنستخدم ملفات تعريف الارتباط أيضًا من أجل: ${purposes}.`,
  promptRecipients: (recipients: string) => `وستُرسَل البيانات الناتجة عنها إلى: ${recipients}.`,
  promptMore: 'عرض جميع ملفات تعريف الارتباط ومن يتلقى البيانات',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  reopen: 'خيارات الخصوصية',
  storageUnavailable: 'يحظر متصفحك ملفات تعريف الارتباط، لذا ينطبق هذا الاختيار على هذه الصفحة فقط.',
};
