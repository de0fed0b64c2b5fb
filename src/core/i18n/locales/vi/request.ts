import type { requestStrings as english } from '../../en/request.js';

/** Vietnamese UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Gửi yêu cầu về quyền riêng tư',
  requestTitle: 'Gửi yêu cầu về quyền riêng tư',
  requestChoose: 'Bạn muốn thực hiện quyền nào?',
  requestEmail: 'Địa chỉ email của bạn',
  requestDetails: 'Chi tiết (không bắt buộc)',
  requestSubmit: 'Gửi yêu cầu',
  requestSending: 'Đang gửi…',
  requestSent: (reference: string) =>
    `Yêu cầu của bạn đã được tiếp nhận.${reference ? ` Mã tham chiếu: ${reference}` : ''}`,
  requestByEmail: 'Viết email',
  requestSelfService: 'Tự thực hiện trong tài khoản của bạn',
  requestDeadline: (date: string) => `Chúng tôi sẽ trả lời chậm nhất vào ${date}.`,
  requestNoIdentity: 'Bạn sẽ không bị yêu cầu cung cấp giấy tờ tùy thân cho yêu cầu này.',
  requestRetry: 'Thử lại',
  requestFailed: (reason: string) =>
    `Không thể gửi yêu cầu của bạn (${reason}). Những gì bạn đã nhập không bị mất: hãy thử lại hoặc gửi qua email.`,
  requestUncertain:
    'Chúng tôi không nhận được phản hồi kịp thời, nên yêu cầu của bạn có thể chưa đến nơi. Những gì bạn đã nhập không bị mất: hãy thử lại (yêu cầu sẽ không bị tính hai lần) hoặc gửi qua email.',
  requestNetworkError: 'không có kết nối',
  requestServerError: (status: number) => `máy chủ trả về ${status}`,
  requestBadReply: 'phản hồi của máy chủ không phải là xác nhận',
  requestOptional: '(không bắt buộc)',
  requestNoMethod:
    'Chính sách này không nêu cách gửi yêu cầu này trực tuyến. Hãy dùng thông tin liên hệ trong chính sách quyền riêng tư.',
  invalidEmail: 'Hãy nhập địa chỉ email, ví dụ name@example.com.',
  required: 'Trường này là bắt buộc.',
  back: 'Quay lại',
  requestObjectionTitle: 'Quyền phản đối của bạn',
  requestOtherRights: 'Các quyền khác của bạn',
  requestNoEmail: 'Chính sách này không nêu địa chỉ email để gửi yêu cầu.',
  requestNoRights: 'Chính sách này không liệt kê quyền nào mà bạn có thể yêu cầu tại đây.',
  requestBody: (right: string) => `Tôi muốn thực hiện quyền của mình: ${right}.`,
  requestFrom: (email: string) => `Địa chỉ email của tôi: ${email}`,
};
