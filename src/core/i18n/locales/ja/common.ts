import type { commonStrings as english } from '../../en/common.js';

/** Japanese UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'プライバシーポリシーを読み込んでいます…',
  loadError:
    'プライバシーポリシーを読み込めなかったため、現在プライバシーに関する選択肢を提供できません。任意のものは何も有効にしていません。',
  invalidPolicy:
    'このサイトのプライバシーポリシーにエラーがあるため、現在プライバシーに関する選択肢を提供できません。任意のものは何も有効にしていません。',
  close: '閉じる',
  policyLink: 'プライバシーポリシーの全文を読む',
  listAnd: ['ja', '、', '、', '、'],
};
