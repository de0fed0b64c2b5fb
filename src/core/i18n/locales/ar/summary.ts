import type { summaryStrings as english } from '../../en/summary.js';
import { plural } from '../../format.js';

const years = (age: number) =>
  plural('ar', age, { one: 'عام واحد', two: 'عامين', few: `${age} أعوام`, many: `${age} عامًا`, other: `${age} عام` });

/** Arabic UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'الخصوصية في لمحة',
  effective: (date: string, version: string, updated?: string) =>
    `ساري المفعول منذ ${date}، الإصدار ${version}${updated ? `. آخر تحديث: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `آخر تحديث: ${date}، الإصدار ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join('، ')})` : data),
  subjectLine: (subject: string) => `سطر الموضوع: «${subject}»`,
  optional: 'اختياري',
  sensitive: 'حساس',
  sources: { provided: 'مقدَّمة منك', automatic: 'تُجمع تلقائيًا', 'third-party': 'من أطراف ثالثة' },
  dpa: 'ملزَم باتفاقية معالجة بيانات',
  labelCollected: 'ما نجمعه',
  labelPurposes: 'لأي غرض',
  labelShared: 'البيع أو المشاركة',
  labelKept: 'مدة الاحتفاظ',
  notSold: 'لا تُباع ولا تُشارَك أبدًا',
  sold: 'نعم، وإليك من يتلقاها',
  type: 'البيانات',
  storage: 'التخزين والحماية',
  legalBasis: 'الأساس القانوني',
  recipient: 'المتلقي',
  location: 'الموقع الجغرافي',
  howLong: 'مدة الحفظ',
  after: (period: string, event: string) => `${period} بعد ${event}`,
  until: (event: string) => `حتى ${event}`,
  indefinite: 'إلى أجل غير مسمى',
  minimumAge: (age: number) => `غير موجَّه للأطفال دون سن ${years(age)}.`,
  ageIn: (region: string, age: number) => `${region}: دون سن ${years(age)}.`,
  breachWithin: (window: string) => `يُفصَح عن الخروقات التي تمسّك في غضون ${window}.`,
  noticeBefore: (period: string) => `يُعلَن عن التغييرات الجوهرية قبل ${period} على الأقل.`,
  answerWithin: (period: string) => `نرد في غضون ${period}.`,
  how: 'الطريقة',
  extension: (period: string) => `يمكن تمديد هذه المهلة بمقدار ${period}.`,
  requestOnline: 'نموذج الطلب على هذا الموقع',
  dpo: 'مسؤول حماية البيانات',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'نبيع المعلومات الشخصية ونشاركها لأغراض الإعلانات السلوكية القائمة على النشاط في مواقع وخدمات أخرى.'
      : sells
        ? 'نبيع المعلومات الشخصية.'
        : shares
          ? 'نشارك المعلومات الشخصية لأغراض الإعلانات السلوكية القائمة على النشاط في مواقع وخدمات أخرى.'
          : 'لا نبيع معلوماتك الشخصية ولا نشاركها.') as typeof english.sale,
  usedFor: (uses: string) => `تُستخدم من أجل: ${uses}`,
  uses: {
    sale: 'بيع المعلومات الشخصية',
    sharing: 'المشاركة لأغراض الإعلانات السلوكية القائمة على النشاط في مواقع وخدمات أخرى',
    'targeted-advertising': 'الإعلانات الموجّهة',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'مُحترَمة',
  honouredNo: 'غير مُحترَمة',
  roles: {
    processor: 'جهة معالجة',
    controller: 'جهة تحكم مستقلة',
    'third-party': 'طرف ثالث',
    'user-chosen': 'من اختيارك',
  },
  sections: {
    about: 'من نحن',
    collected: 'البيانات التي نجمعها',
    notCollected: 'البيانات التي لا نجمعها',
    purposes: 'لماذا نستخدمها',
    storage: 'أين تُخزَّن',
    recipients: 'من يتلقاها',
    retention: 'مدة الاحتفاظ بها',
    cookies: 'ملفات تعريف الارتباط والتخزين',
    security: 'الأمان',
    transfers: 'عمليات النقل الدولية',
    signals: 'إشارات الخصوصية',
    children: 'الأطفال',
    changes: 'التغييرات والخروقات',
    rights: 'حقوقك',
    contact: 'التواصل',
    commitments: 'ما لا نفعله أبدًا',
    notes: 'المزيد',
  },
  legalBases: {
    consent: 'موافقتك',
    contract: 'ضروري لتنفيذ عقدنا معك',
    'legal-obligation': 'مطلوب بموجب القانون',
    'vital-interests': 'لحماية حياة شخص ما',
    'public-task': 'مهمة تُنفَّذ للمصلحة العامة',
    'legitimate-interests': 'مصالحنا المشروعة',
  },
};
