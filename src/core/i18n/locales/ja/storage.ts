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
  kinds: {
    localStorage: 'ローカルストレージ',
    sessionStorage: 'セッションストレージ',
    indexedDB: 'IndexedDB',
    pixel: 'ピクセル',
    other: 'その他のストレージ',
  } as Record<string, string>,
};
