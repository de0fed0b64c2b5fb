import type { rightsStrings as english } from '../../en/rights.js';

/** Japanese UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: '請求フォームを開く',
  requestAnyAuthority:
    'お住まいの場所、勤務地、または権利が侵害されたと思われる場所のデータ保護機関に苦情を申し立てることができます。',
  rights: {
    access: ['アクセスの権利', '当社が保有するあなたの個人データを確認し、その写しを受け取ることができます。'],
    rectification: ['訂正の権利', '不正確または不完全なデータを訂正してもらうことができます。'],
    erasure: ['消去の権利', 'あなたの個人データを消去してもらうことができます。'],
    restriction: ['取扱いの制限の権利', 'データを保管したまま、当面その利用を停止するよう求めることができます。'],
    portability: ['データポータビリティの権利', '他へ移せるよう、機械可読な形式でデータを受け取ることができます。'],
    objection: [
      '異議を述べる権利',
      '当社の正当な利益に基づく利用や、ダイレクトマーケティングに異議を述べることができます。',
    ],
    'withdraw-consent': ['同意を撤回する権利', '与えた同意を、同意したときと同じくらい簡単に撤回できます。'],
    'automated-decisions': [
      '自動化された意思決定の対象とされない権利',
      '機械のみによって行われる決定の対象とされません。',
    ],
    complaint: ['監督機関に異議を申立てる権利', 'データ保護機関に苦情を申し立てることができます。'],
    know: ['知る権利', '当社がどのような個人情報を収集、利用、開示しているかを知ることができます。'],
    'opt-out-sale': ['販売・共有をオプトアウトする権利', 'あなたの個人情報の販売や共有をやめさせることができます。'],
    'limit-sensitive': [
      '機微な個人情報の利用・開示を制限する権利',
      '当社による機微な個人情報の利用方法を制限できます。',
    ],
    'non-discrimination': ['差別を受けない権利', '権利を行使したことを理由に異なる扱いを受けることはありません。'],
    'opt-out-marketing': ['マーケティングメッセージの停止', '必須ではない連絡の配信を停止できます。'],
  },
};
