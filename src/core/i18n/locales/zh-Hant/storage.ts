import type { storageStrings as english } from '../../en/storage.js';

/** Traditional Chinese UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: '第一方',
  thirdParty: '第三方',
  session: '直到您關閉瀏覽器為止',
  unspecified: '政策中未說明',
  name: '名稱',
  purpose: '目的',
  duration: '期限',
  provider: '設定者',
  necessaryCategory: '絕對必要',
  choiceCookie: '記住您的隱私權選擇',
  durations: {
    lang: 'zh',
    years: { other: '# 年' },
    months: { other: '# 個月' },
    weeks: { other: '# 週' },
    days: { other: '# 天' },
    hours: { other: '# 小時' },
    minutes: { other: '# 分鐘' },
    seconds: { other: '# 秒' },
  },
  kinds: {
    localStorage: '本機儲存空間',
    sessionStorage: '工作階段儲存空間',
    indexedDB: 'IndexedDB',
    pixel: '像素標籤',
    other: '其他儲存空間',
  } as Record<string, string>,
};
