import type { bannerStrings as english } from '../../en/banner.js';

/** Japanese UI strings: the cookie banner’s first layer. */
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
  reopen: 'プライバシーの選択',
  storageUnavailable: 'お使いのブラウザがCookieをブロックしているため、この選択はこのページにのみ適用されます。',
};
