import type { signalsStrings as english } from '../../en/signals.js';

/** Arabic UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'تم اكتشاف إشارة Global Privacy Control من متصفحك واحترامها بوصفها طلبًا بالانسحاب من البيع والمشاركة.',
  gpcNotHonoured: 'يرسل متصفحك إشارة Global Privacy Control. ولا يعمل هذا الموقع بموجبها.',
  gpcNothingToStop:
    'يرسل متصفحك إشارة Global Privacy Control. ولا يبيع هذا الموقع المعلومات الشخصية ولا يشاركها، لذا لا يوجد ما يمكن الانسحاب منه.',
  gpcOff: 'يدعم متصفحك Global Privacy Control، والإشارة متوقفة.',
  dntHonoured:
    'تم اكتشاف إشارة Do Not Track من متصفحك واحترامها بوصفها طلبًا بالانسحاب من البيع والمشاركة والإعلانات الموجّهة.',
  dntNotHonoured: 'يرسل متصفحك إشارة Do Not Track.',
  noSignal: 'لا يرسل متصفحك أي إشارة خصوصية.',
};
