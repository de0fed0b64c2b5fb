import type { signalsStrings as english } from '../../en/signals.js';

/** Indonesian UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Sinyal Global Privacy Control dari browser Anda terdeteksi dan dihormati sebagai penolakan (opt-out) atas penjualan dan pembagian data.',
  gpcNotHonoured: 'Browser Anda mengirimkan sinyal Global Privacy Control. Situs ini tidak menindaklanjutinya.',
  gpcNothingToStop:
    'Browser Anda mengirimkan sinyal Global Privacy Control. Situs ini tidak menjual maupun membagikan informasi pribadi, jadi tidak ada yang perlu ditolak.',
  gpcOff: 'Browser Anda mendukung Global Privacy Control, dan sinyalnya nonaktif.',
  dntHonoured:
    'Sinyal Do Not Track dari browser Anda terdeteksi dan dihormati sebagai penolakan (opt-out) atas penjualan, pembagian data, dan iklan bertarget.',
  dntNotHonoured: 'Browser Anda mengirimkan sinyal Do Not Track.',
  noSignal: 'Browser Anda tidak mengirimkan sinyal privasi apa pun.',
};
