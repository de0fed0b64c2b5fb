import type { bannerStrings as english } from '../../en/banner.js';

/** Simplified Chinese UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: '本网站的 Cookie',
  noticeText: '本网站仅使用其正常运行所严格必要的 Cookie 和存储。这些无需您的同意，因此没有需要接受或拒绝的内容。',
  cookieDetails: 'Cookie 详情',
  acknowledge: '知道了',
  promptTitle: '您的隐私选择',
  promptText: '我们使用严格必要的 Cookie 来运行本网站。在您作出选择之前，不会使用任何可选项；您可以随时改变主意。',
  promptPurposes: (purposes: string) => `经您许可，我们还会将 Cookie 用于：${purposes}。`,
  promptRecipients: (recipients: string) => `这些 Cookie 产生的数据将提供给：${recipients}。`,
  promptMore: '查看所有 Cookie 以及数据接收方',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义',
  preferencesTitle: '隐私偏好设置',
  save: '保存选择',
  alwaysOn: '始终开启',
  reopen: '隐私选择',
  storageUnavailable: '您的浏览器阻止了 Cookie，因此此选择仅适用于当前页面。',
  embedHeld: (provider: string, purpose: string) =>
    `此内容来自 ${provider}。加载后，${provider} 将可以为以下目的设置 Cookie：${purpose}。`,
  embedLoadOnce: '仅加载这一次',
  embedAlwaysAllow: (category: string) => `始终允许${category}`,
  signalConflict:
    '您的浏览器发送了选择退出出售和共享的隐私信号。我们遵从该信号，因此在其开启期间，这些类别将保持关闭。',
};
