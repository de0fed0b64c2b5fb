import type { preferencesStrings as english } from '../../en/preferences.js';

/** Japanese UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'プライバシー設定',
  save: '選択を保存',
  alwaysOn: '常に有効',
  embedHeld: (provider: string, purpose: string) =>
    `このコンテンツは${provider}から提供されています。読み込むと、${provider}が次の目的でCookieを設定できるようになります：${purpose}。`,
  embedLoadOnce: '今回のみ読み込む',
  embedAlwaysAllow: (category: string) => `${category}を常に許可`,
  signalConflict:
    'お使いのブラウザは、販売と共有をオプトアウトするプライバシーシグナルを送信しています。当サイトはこれを尊重するため、シグナルが有効な間はこれらのカテゴリーは無効のままです。',
};
