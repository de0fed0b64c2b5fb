import type { preferencesStrings as english } from '../../en/preferences.js';

/** Traditional Chinese UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: '隱私權偏好設定',
  save: '儲存選擇',
  alwaysOn: '一律啟用',
  embedHeld: (provider: string, purpose: string) =>
    `此內容來自 ${provider}。載入後，${provider} 可為下列目的設定 Cookie：${purpose}。`,
  embedLoadOnce: '僅載入這一次',
  embedAlwaysAllow: (category: string) => `一律允許${category}`,
  signalConflict:
    '您的瀏覽器發出了選擇退出販售及分享的隱私訊號。我們會遵循此訊號，因此在訊號開啟期間，這些類別將維持關閉。',
};
