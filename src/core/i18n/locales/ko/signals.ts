import type { signalsStrings as english } from '../../en/signals.js';

/** Korean UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: '브라우저의 Global Privacy Control 신호를 감지했으며, 이를 판매 및 공유 거부 요청으로 존중했습니다.',
  gpcNotHonoured:
    '브라우저에서 Global Privacy Control 신호를 보내고 있습니다. 이 사이트는 이 신호에 따라 조치하지 않습니다.',
  gpcNothingToStop:
    '브라우저에서 Global Privacy Control 신호를 보내고 있습니다. 이 사이트는 개인정보를 판매하거나 공유하지 않으므로 거부할 대상이 없습니다.',
  gpcOff: '브라우저가 Global Privacy Control을 지원하며, 신호는 꺼져 있습니다.',
  dntHonoured: '브라우저의 Do Not Track 신호를 감지했으며, 이를 판매, 공유 및 맞춤형 광고 거부 요청으로 존중했습니다.',
  dntNotHonoured: '브라우저에서 Do Not Track 신호를 보내고 있습니다.',
  noSignal: '브라우저에서 개인정보 보호 신호를 보내지 않습니다.',
};
