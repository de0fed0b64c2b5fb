import type { commonStrings as english } from '../../en/common.js';

/** Vietnamese UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Đang tải chính sách quyền riêng tư…',
  loadError:
    'Không thể tải chính sách quyền riêng tư, vì vậy hiện không thể đưa ra lựa chọn quyền riêng tư nào. Không có mục tùy chọn nào được bật.',
  invalidPolicy:
    'Chính sách quyền riêng tư của trang web này có lỗi, vì vậy hiện không thể đưa ra lựa chọn quyền riêng tư nào. Không có mục tùy chọn nào được bật.',
  close: 'Đóng',
  policyLink: 'Đọc toàn bộ chính sách quyền riêng tư',
  listAnd: ['vi', ' và ', ', ', ' và '],
};
