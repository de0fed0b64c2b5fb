import type { requestStrings as english } from '../../en/request.js';

/** Arabic UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'تقديم طلب متعلق بالخصوصية',
  requestTitle: 'تقديم طلب متعلق بالخصوصية',
  requestChoose: 'ما الحق المراد ممارسته؟',
  requestEmail: 'عنوان بريدك الإلكتروني',
  requestDetails: 'التفاصيل (اختياري)',
  requestSubmit: 'إرسال الطلب',
  requestSending: 'جارٍ الإرسال…',
  requestSent: (reference: string) => `تم استلام طلبك.${reference ? ` الرقم المرجعي: ${reference}` : ''}`,
  requestByEmail: 'كتابة رسالة بريد إلكتروني',
  requestSelfService: 'تنفيذ ذلك بنفسك من حسابك',
  requestDeadline: (date: string) => `سنرد في موعد أقصاه ${date}.`,
  requestNoIdentity: 'لن يُطلب منك تقديم وثائق هوية لهذا الطلب.',
  requestRetry: 'إعادة المحاولة',
  requestFailed: (reason: string) =>
    `تعذّر إرسال طلبك (${reason}). لم يُفقد أي شيء مما أدخلته: يمكنك إعادة المحاولة أو إرساله بالبريد الإلكتروني.`,
  requestUncertain:
    'لم نتلقَّ ردًا في الوقت المحدد، لذا ربما لم يصل طلبك. لم يُفقد أي شيء مما أدخلته: يمكنك إعادة المحاولة (لن يُحتسب الطلب مرتين) أو إرساله بالبريد الإلكتروني.',
  requestNetworkError: 'لا يوجد اتصال',
  requestServerError: (status: number) => `ردّ الخادم بالرمز ${status}`,
  requestBadReply: 'لم يكن رد الخادم تأكيدًا',
  requestOptional: '(اختياري)',
  requestNoMethod:
    'لا تذكر هذه السياسة أي طريقة لتقديم هذا الطلب عبر الإنترنت. يُرجى استخدام بيانات الاتصال الواردة في سياسة الخصوصية.',
  invalidEmail: 'يُرجى إدخال عنوان بريد إلكتروني، مثل name@example.com.',
  required: 'هذا الحقل مطلوب.',
  back: 'رجوع',
  requestObjectionTitle: 'حقك في الاعتراض',
  requestOtherRights: 'حقوقك الأخرى',
  requestNoEmail: 'لا تذكر هذه السياسة أي عنوان بريد إلكتروني لتقديم الطلبات.',
  requestNoRights: 'لا تذكر هذه السياسة أي حقوق يمكنك طلبها هنا.',
  requestBody: (right: string) => `أودّ ممارسة حقي: ${right}.`,
  requestFrom: (email: string) => `عنوان بريدي الإلكتروني: ${email}`,
};
