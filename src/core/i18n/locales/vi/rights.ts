import type { rightsStrings as english } from '../../en/rights.js';

/** Vietnamese UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Mở biểu mẫu yêu cầu',
  requestAnyAuthority:
    'Bạn có thể khiếu nại với cơ quan bảo vệ dữ liệu nơi bạn sống, nơi bạn làm việc hoặc nơi bạn cho rằng quyền của mình bị xâm phạm.',
  rights: {
    access: ['Quyền truy cập', 'Xem chúng tôi đang lưu giữ dữ liệu cá nhân nào về bạn và nhận một bản sao.'],
    rectification: ['Quyền chỉnh sửa', 'Yêu cầu sửa dữ liệu không chính xác hoặc chưa đầy đủ.'],
    erasure: ['Quyền xóa dữ liệu', 'Yêu cầu xóa dữ liệu cá nhân của bạn.'],
    restriction: ['Quyền hạn chế xử lý dữ liệu', 'Yêu cầu chúng tôi giữ dữ liệu của bạn nhưng tạm ngừng sử dụng.'],
    portability: ['Quyền di chuyển dữ liệu', 'Nhận dữ liệu của bạn ở định dạng máy đọc được để chuyển sang nơi khác.'],
    objection: [
      'Quyền phản đối xử lý dữ liệu',
      'Phản đối việc sử dụng dựa trên lợi ích chính đáng của chúng tôi hoặc việc tiếp thị trực tiếp.',
    ],
    'withdraw-consent': ['Quyền rút lại sự đồng ý', 'Rút lại sự đồng ý bạn đã đưa ra, dễ dàng như khi bạn đồng ý.'],
    'automated-decisions': [
      'Quyền không phải chịu quyết định tự động',
      'Không phải chịu các quyết định chỉ do máy móc đưa ra.',
    ],
    complaint: ['Quyền khiếu nại với cơ quan giám sát', 'Gửi khiếu nại đến cơ quan bảo vệ dữ liệu.'],
    know: ['Quyền được biết', 'Biết chúng tôi thu thập, sử dụng và tiết lộ những thông tin cá nhân nào.'],
    'opt-out-sale': ['Quyền từ chối việc bán/chia sẻ', 'Dừng việc bán hoặc chia sẻ thông tin cá nhân của bạn.'],
    'limit-sensitive': [
      'Quyền hạn chế việc sử dụng và tiết lộ thông tin cá nhân nhạy cảm',
      'Hạn chế cách chúng tôi sử dụng thông tin cá nhân nhạy cảm.',
    ],
    'non-discrimination': [
      'Quyền không bị phân biệt đối xử',
      'Bạn sẽ không bị đối xử khác biệt vì đã thực hiện các quyền của mình.',
    ],
    'opt-out-marketing': ['Ngừng nhận tin tiếp thị', 'Hủy đăng ký các thông tin liên lạc không thiết yếu.'],
  },
  dates: {
    lang: 'vi',
    months: [
      '{d} tháng 1, {y}',
      '{d} tháng 2, {y}',
      '{d} tháng 3, {y}',
      '{d} tháng 4, {y}',
      '{d} tháng 5, {y}',
      '{d} tháng 6, {y}',
      '{d} tháng 7, {y}',
      '{d} tháng 8, {y}',
      '{d} tháng 9, {y}',
      '{d} tháng 10, {y}',
      '{d} tháng 11, {y}',
      '{d} tháng 12, {y}',
    ],
  },
};
