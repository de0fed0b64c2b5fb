import type { bannerStrings as english } from '../../en/banner.js';

/** Japanese UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: 'このサイトのCookie',
  noticeText:
    'このサイトでは、動作に厳密に必要なCookieとストレージのみを使用しています。これらには同意が不要なため、受け入れたり拒否したりするものはありません。',
  cookieDetails: 'Cookieの詳細',
  acknowledge: 'OK',
  promptTitle: 'プライバシーに関する選択',
  promptText:
    'このサイトの運営には厳密に必要なCookieを使用しています。選択されるまで任意のものは一切使用しません。選択はいつでも変更できます。',
  promptPurposes: (purposes: string) => `許可をいただいた場合は、次の目的にもCookieを使用します：${purposes}。`,
  promptRecipients: (recipients: string) => `そのデータの提供先：${recipients}。`,
  promptMore: 'すべてのCookieとデータの提供先を確認する',
  acceptAll: 'すべて受け入れる',
  rejectAll: 'すべて拒否する',
  customize: 'カスタマイズ',
  preferencesTitle: 'プライバシー設定',
  save: '選択を保存',
  alwaysOn: '常に有効',
  reopen: 'プライバシーの選択',
  storageUnavailable: 'お使いのブラウザがCookieをブロックしているため、この選択はこのページにのみ適用されます。',
  embedHeld: (provider: string, purpose: string) =>
    `このコンテンツは${provider}から提供されています。読み込むと、${provider}が次の目的でCookieを設定できるようになります：${purpose}。`,
  embedLoadOnce: '今回のみ読み込む',
  embedAlwaysAllow: (category: string) => `${category}を常に許可`,
  signalConflict:
    'お使いのブラウザは、販売と共有をオプトアウトするプライバシーシグナルを送信しています。当サイトはこれを尊重するため、シグナルが有効な間はこれらのカテゴリーは無効のままです。',
};
