import type { signalsStrings as english } from '../../en/signals.js';

/** Simplified Chinese UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: '已检测到您浏览器的 Global Privacy Control 信号，并已将其作为选择退出出售和共享的请求予以遵从。',
  gpcNotHonoured: '您的浏览器发送了 Global Privacy Control 信号。本网站不会据此采取行动。',
  gpcNothingToStop:
    '您的浏览器发送了 Global Privacy Control 信号。本网站既不出售也不共享个人信息，因此没有需要选择退出的内容。',
  gpcOff: '您的浏览器支持 Global Privacy Control，该信号目前处于关闭状态。',
  dntHonoured: '已检测到您浏览器的 Do Not Track 信号，并已将其作为选择退出出售、共享和定向广告的请求予以遵从。',
  dntNotHonoured: '您的浏览器发送了 Do Not Track 信号。',
  noSignal: '您的浏览器未发送任何隐私信号。',
};
