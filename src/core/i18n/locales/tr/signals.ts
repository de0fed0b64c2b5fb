import type { signalsStrings as english } from '../../en/signals.js';

/** Turkish UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Tarayıcınızın Global Privacy Control sinyali algılandı ve satış ile paylaşımdan çıkma talebi olarak uygulandı.',
  gpcNotHonoured: 'Tarayıcınız bir Global Privacy Control sinyali gönderiyor. Bu site bu sinyale göre işlem yapmıyor.',
  gpcNothingToStop:
    'Tarayıcınız bir Global Privacy Control sinyali gönderiyor. Bu site kişisel bilgileri satmıyor ve paylaşmıyor; bu nedenle çıkılacak bir şey yok.',
  gpcOff: 'Tarayıcınız Global Privacy Control sinyalini destekliyor ve sinyal kapalı.',
  dntHonoured:
    'Tarayıcınızın Do Not Track sinyali algılandı ve satış, paylaşım ve hedefli reklamcılıktan çıkma talebi olarak uygulandı.',
  dntNotHonoured: 'Tarayıcınız bir Do Not Track sinyali gönderiyor.',
  noSignal: 'Tarayıcınız herhangi bir gizlilik sinyali göndermiyor.',
};
