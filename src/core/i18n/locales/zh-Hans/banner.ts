import type { bannerStrings as english } from '../../en/banner.js';

/** Simplified Chinese UI strings: the cookie banner’s first layer. */
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
  reopen: '隐私选择',
  storageUnavailable: '您的浏览器阻止了 Cookie，因此此选择仅适用于当前页面。',
};
