import type { commonStrings as english } from '../../en/common.js';

/** Simplified Chinese UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: '正在加载隐私政策……',
  loadError: '无法加载隐私政策，因此目前无法提供隐私选择。任何可选项均未启用。',
  invalidPolicy: '本网站的隐私政策存在错误，因此目前无法提供隐私选择。任何可选项均未启用。',
  close: '关闭',
  policyLink: '阅读完整的隐私政策',
  listAnd: ['zh', '和', '、', '和'],
};
