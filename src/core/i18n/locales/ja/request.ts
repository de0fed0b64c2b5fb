import type { requestStrings as english } from '../../en/request.js';

/** Japanese UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'プライバシーに関する請求を行う',
  requestTitle: 'プライバシーに関する請求を行う',
  requestChoose: 'どの権利を行使しますか？',
  requestEmail: 'メールアドレス',
  requestDetails: '詳細（任意）',
  requestSubmit: '請求を送信',
  requestSending: '送信しています…',
  requestSent: (reference: string) => `請求を受け付けました。${reference ? `受付番号：${reference}` : ''}`,
  requestByEmail: 'メールを送る',
  requestSelfService: 'アカウントでご自身で行う',
  requestDeadline: (date: string) => `${date}までに回答します。`,
  requestNoIdentity: 'この請求で本人確認書類の提出を求めることはありません。',
  requestRetry: '再試行',
  requestFailed: (reason: string) =>
    `請求を送信できませんでした（${reason}）。入力内容は失われていません。もう一度お試しいただくか、メールでお送りください。`,
  requestUncertain:
    '時間内に応答がなかったため、請求が届いていない可能性があります。入力内容は失われていません。もう一度お試しいただくか（二重に受け付けられることはありません）、メールでお送りください。',
  requestNetworkError: 'ネットワークに接続されていません',
  requestServerError: (status: number) => `サーバーがステータス${status}を返しました`,
  requestBadReply: 'サーバーの応答が受付の確認ではありませんでした',
  requestOptional: '（任意）',
  requestNoMethod:
    'このポリシーには、この請求をオンラインで行う方法が記載されていません。プライバシーポリシーに記載の連絡先をご利用ください。',
  invalidEmail: 'メールアドレスを入力してください（例：name@example.com）。',
  required: 'この項目は必須です。',
  back: '戻る',
  requestObjectionTitle: '異議を述べる権利',
  requestOtherRights: 'その他の権利',
  requestNoEmail: 'このポリシーには、請求用のメールアドレスが記載されていません。',
  requestNoRights: 'このポリシーには、ここで請求できる権利が記載されていません。',
  requestBody: (right: string) => `次の権利を行使したいと思います：${right}。`,
  requestFrom: (email: string) => `私のメールアドレス：${email}`,
};
