import type { preferencesStrings as english } from '../../en/preferences.js';

/** Simplified Chinese UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: '隐私偏好设置',
  save: '保存选择',
  alwaysOn: '始终开启',
  embedHeld: (provider: string, purpose: string) =>
    `此内容来自 ${provider}。加载后，${provider} 将可以为以下目的设置 Cookie：${purpose}。`,
  embedLoadOnce: '仅加载这一次',
  embedAlwaysAllow: (category: string) => `始终允许${category}`,
  signalConflict:
    '您的浏览器发送了选择退出出售和共享的隐私信号。我们遵从该信号，因此在其开启期间，这些类别将保持关闭。',
};
