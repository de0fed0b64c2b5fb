import type { requestStrings as english } from '../../en/request.js';

/** Simplified Chinese UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: '提交隐私请求',
  requestTitle: '提交隐私请求',
  requestChoose: '您想行使哪项权利？',
  requestEmail: '您的电子邮件地址',
  requestDetails: '详细信息（选填）',
  requestSubmit: '发送请求',
  requestSending: '正在发送……',
  requestSent: (reference: string) => `我们已收到您的请求。${reference ? `参考编号：${reference}` : ''}`,
  requestByEmail: '发送电子邮件',
  requestSelfService: '在您的账户中自行操作',
  requestDeadline: (date: string) => `我们将于${date}前答复。`,
  requestNoIdentity: '此请求不会要求您提供身份证件。',
  requestRetry: '重试',
  requestFailed: (reason: string) =>
    `您的请求未能发送（${reason}）。您输入的内容均未丢失：请重试，或通过电子邮件发送。`,
  requestUncertain:
    '我们未能及时收到回应，因此您的请求可能未送达。您输入的内容均未丢失：请重试（不会重复计算），或通过电子邮件发送。',
  requestNetworkError: '无网络连接',
  requestServerError: (status: number) => `服务器返回状态码 ${status}`,
  requestBadReply: '服务器的回应不是确认信息',
  requestOptional: '（选填）',
  requestNoMethod: '此政策未提供在线提交此请求的方式。请使用隐私政策中的联系方式。',
  invalidEmail: '请输入电子邮件地址，例如 name@example.com。',
  required: '此字段为必填项。',
  back: '返回',
  requestObjectionTitle: '您的反对权',
  requestOtherRights: '您的其他权利',
  requestNoEmail: '此政策未提供用于提交请求的电子邮件地址。',
  requestNoRights: '此政策未列出您可以在此处请求的权利。',
  requestBody: (right: string) => `我希望行使我的权利：${right}。`,
  requestFrom: (email: string) => `我的电子邮件地址：${email}`,
};
