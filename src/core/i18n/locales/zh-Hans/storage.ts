import type { storageStrings as english } from '../../en/storage.js';

/** Simplified Chinese UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: '第一方',
  thirdParty: '第三方',
  session: '直到您关闭浏览器',
  unspecified: '政策中未说明',
  name: '名称',
  purpose: '目的',
  duration: '期限',
  provider: '设置方',
  necessaryCategory: '严格必要',
  choiceCookie: '记住您的隐私选择',
  durations: {
    lang: 'zh',
    years: { other: '#年' },
    months: { other: '#个月' },
    weeks: { other: '#周' },
    days: { other: '#天' },
    hours: { other: '#小时' },
    minutes: { other: '#分钟' },
    seconds: { other: '#秒钟' },
  },
  kinds: {
    localStorage: '本地存储',
    sessionStorage: '会话存储',
    indexedDB: 'IndexedDB',
    pixel: '像素标签',
    other: '其他存储',
  } as Record<string, string>,
};
