import type { preferencesStrings as english } from '../../en/preferences.js';

/** Arabic UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'تفضيلات الخصوصية',
  save: 'حفظ الاختيارات',
  alwaysOn: 'مفعّلة دائمًا',
  embedHeld: (provider: string, purpose: string) =>
    `يأتي هذا المحتوى من خدمة ${provider}. ويتيح تحميله لخدمة ${provider} وضع ملفات تعريف الارتباط من أجل: ${purpose}.`,
  embedLoadOnce: 'تحميل هذه المرة فقط',
  embedAlwaysAllow: (category: string) => `السماح دائمًا: ${category}`,
  signalConflict:
    'يرسل متصفحك إشارة خصوصية تطلب الامتناع عن بيع البيانات ومشاركتها. ونحن نحترمها، لذا تبقى هذه الفئات معطّلة ما دامت الإشارة مفعّلة.',
};
