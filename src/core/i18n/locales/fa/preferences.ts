import type { preferencesStrings as english } from '../../en/preferences.js';

/** Persian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'تنظیمات حریم خصوصی',
  save: 'ذخیره انتخاب‌ها',
  alwaysOn: 'همیشه فعال',
  embedHeld: (provider: string, purpose: string) =>
    `این محتوا از ${provider} می‌آید. با بارگذاری آن، ${provider} می‌تواند برای این هدف کوکی تنظیم کند: ${purpose}.`,
  embedLoadOnce: 'فقط همین یک بار بارگذاری شود',
  embedAlwaysAllow: (category: string) => `همیشه ${category} مجاز باشد`,
  signalConflict:
    'مرورگر شما سیگنال حریم خصوصی‌ای می‌فرستد که از فروش و اشتراک‌گذاری انصراف می‌دهد. ما به آن احترام می‌گذاریم، بنابراین تا زمانی که این سیگنال روشن است، این دسته‌ها خاموش می‌مانند.',
};
