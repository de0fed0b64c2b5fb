import type { requestStrings as english } from '../../en/request.js';

/** Traditional Chinese UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: '提出隱私權請求',
  requestTitle: '提出隱私權請求',
  requestChoose: '您想行使哪一項權利？',
  requestEmail: '您的電子郵件地址',
  requestDetails: '詳細說明（選填）',
  requestSubmit: '送出請求',
  requestSending: '傳送中……',
  requestSent: (reference: string) => `我們已收到您的請求。${reference ? `參考編號：${reference}` : ''}`,
  requestByEmail: '寄送電子郵件',
  requestSelfService: '在您的帳戶中自行處理',
  requestDeadline: (date: string) => `我們將於${date}前回覆。`,
  requestNoIdentity: '此請求不會要求您提供身分證明文件。',
  requestRetry: '重試',
  requestFailed: (reason: string) =>
    `無法送出您的請求（${reason}）。您輸入的內容都沒有遺失：請重試，或改用電子郵件寄送。`,
  requestUncertain:
    '我們未能及時收到回應，因此您的請求可能沒有送達。您輸入的內容都沒有遺失：請重試（不會重複計算），或改用電子郵件寄送。',
  requestNetworkError: '沒有網路連線',
  requestServerError: (status: number) => `伺服器回傳狀態碼 ${status}`,
  requestBadReply: '伺服器的回應不是確認訊息',
  requestOptional: '（選填）',
  requestNoMethod: '此政策未提供線上提出此請求的方式。請使用隱私權政策中的聯絡資訊。',
  invalidEmail: '請輸入電子郵件地址，例如 name@example.com。',
  required: '此欄位為必填。',
  back: '返回',
  requestObjectionTitle: '您的拒絕權',
  requestOtherRights: '您的其他權利',
  requestNoEmail: '此政策未提供受理請求的電子郵件地址。',
  requestNoRights: '此政策未列出您可以在此提出請求的權利。',
  requestBody: (right: string) => `我希望行使我的權利：${right}。`,
  requestFrom: (email: string) => `我的電子郵件地址：${email}`,
};
