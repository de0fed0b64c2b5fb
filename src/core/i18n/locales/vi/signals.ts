import type { signalsStrings as english } from '../../en/signals.js';

/** Vietnamese UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'Đã phát hiện tín hiệu Global Privacy Control từ trình duyệt của bạn và tôn trọng tín hiệu này như một yêu cầu từ chối việc bán và chia sẻ.',
  gpcNotHonoured:
    'Trình duyệt của bạn gửi tín hiệu Global Privacy Control. Trang web này không xử lý theo tín hiệu đó.',
  gpcNothingToStop:
    'Trình duyệt của bạn gửi tín hiệu Global Privacy Control. Trang web này không bán cũng không chia sẻ thông tin cá nhân, vì vậy không có gì để từ chối.',
  gpcOff: 'Trình duyệt của bạn hỗ trợ Global Privacy Control và tín hiệu này đang tắt.',
  dntHonoured:
    'Đã phát hiện tín hiệu Do Not Track từ trình duyệt của bạn và tôn trọng tín hiệu này như một yêu cầu từ chối việc bán, chia sẻ và quảng cáo nhắm mục tiêu.',
  dntNotHonoured: 'Trình duyệt của bạn gửi tín hiệu Do Not Track.',
  noSignal: 'Trình duyệt của bạn không gửi tín hiệu quyền riêng tư nào.',
};
