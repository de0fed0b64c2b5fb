import type { signalsStrings as english } from '../../en/signals.js';

/** Traditional Chinese UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: '已偵測到您瀏覽器的 Global Privacy Control 訊號，並已將其視為選擇退出販售及分享的請求予以遵循。',
  gpcNotHonoured: '您的瀏覽器發出了 Global Privacy Control 訊號。本網站不會依此採取行動。',
  gpcNothingToStop:
    '您的瀏覽器發出了 Global Privacy Control 訊號。本網站既不販售也不分享個人資訊，因此沒有需要選擇退出的項目。',
  gpcOff: '您的瀏覽器支援 Global Privacy Control，目前此訊號為關閉狀態。',
  dntHonoured: '已偵測到您瀏覽器的 Do Not Track 訊號，並已將其視為選擇退出販售、分享及目標式廣告的請求予以遵循。',
  dntNotHonoured: '您的瀏覽器發出了 Do Not Track 訊號。',
  noSignal: '您的瀏覽器未發出任何隱私訊號。',
};
