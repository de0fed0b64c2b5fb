import type { signalsStrings as english } from '../../en/signals.js';

/** Persian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'سیگنال Global Privacy Control مرورگر شما شناسایی شد و به‌عنوان انصراف از فروش و اشتراک‌گذاری رعایت شد.',
  gpcNotHonoured: 'مرورگر شما سیگنال Global Privacy Control می‌فرستد. این وب‌سایت بر اساس آن اقدامی نمی‌کند.',
  gpcNothingToStop:
    'مرورگر شما سیگنال Global Privacy Control می‌فرستد. این وب‌سایت اطلاعات شخصی را نه می‌فروشد و نه به اشتراک می‌گذارد، بنابراین چیزی برای انصراف وجود ندارد.',
  gpcOff: 'مرورگر شما از Global Privacy Control پشتیبانی می‌کند و این سیگنال خاموش است.',
  dntHonoured:
    'سیگنال Do Not Track مرورگر شما شناسایی شد و به‌عنوان انصراف از فروش، اشتراک‌گذاری و تبلیغات هدفمند رعایت شد.',
  dntNotHonoured: 'مرورگر شما سیگنال Do Not Track می‌فرستد.',
  noSignal: 'مرورگر شما هیچ سیگنال حریم خصوصی‌ای نمی‌فرستد.',
};
