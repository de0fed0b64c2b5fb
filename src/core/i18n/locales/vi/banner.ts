import type { bannerStrings as english } from '../../en/banner.js';

/** Vietnamese UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookie trên trang web này',
  noticeText:
    'Trang web này chỉ sử dụng cookie và bộ nhớ thật sự cần thiết để hoạt động. Chúng không cần sự đồng ý, vì vậy không có gì để chấp nhận hay từ chối.',
  cookieDetails: 'Chi tiết cookie',
  acknowledge: 'Đã hiểu',
  promptTitle: 'Lựa chọn quyền riêng tư của bạn',
  promptText:
    'Chúng tôi sử dụng cookie thật sự cần thiết để vận hành trang web này. Không có gì tùy chọn được sử dụng cho đến khi bạn lựa chọn, và bạn có thể thay đổi ý định bất cứ lúc nào.',
  promptPurposes: (purposes: string) => `Nếu bạn cho phép, chúng tôi cũng sẽ dùng cookie cho: ${purposes}.`,
  promptRecipients: (recipients: string) => `Dữ liệu từ các cookie này sẽ được gửi đến: ${recipients}.`,
  promptMore: 'Xem từng cookie và bên nhận dữ liệu',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  customize: 'Tùy chỉnh',
  reopen: 'Lựa chọn quyền riêng tư',
  storageUnavailable: 'Trình duyệt của bạn chặn cookie, vì vậy lựa chọn này chỉ áp dụng cho trang này.',
};
