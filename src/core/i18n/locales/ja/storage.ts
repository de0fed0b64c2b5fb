import type { storageStrings as english } from '../../en/storage.js';

/** Japanese UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'ファーストパーティ',
  thirdParty: 'サードパーティ',
  session: 'ブラウザを閉じるまで',
  unspecified: 'ポリシーに記載なし',
  name: '名前',
  purpose: '目的',
  duration: '保存期間',
  provider: '設定元',
  necessaryCategory: '厳密に必要',
  choiceCookie: 'プライバシーに関する選択を記憶します',
  durations: {
    lang: 'ja',
    years: { other: '# 年' },
    months: { other: '# か月' },
    weeks: { other: '# 週間' },
    days: { other: '# 日' },
    hours: { other: '# 時間' },
    minutes: { other: '# 分' },
    seconds: { other: '# 秒' },
  },
  kinds: {
    localStorage: 'ローカルストレージ',
    sessionStorage: 'セッションストレージ',
    indexedDB: 'IndexedDB',
    pixel: 'ピクセル',
    other: 'その他のストレージ',
  } as Record<string, string>,
};
