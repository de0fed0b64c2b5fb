import type { preferencesStrings as english } from '../../en/preferences.js';

/** Vietnamese UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Tùy chọn quyền riêng tư',
  save: 'Lưu lựa chọn',
  alwaysOn: 'Luôn bật',
  embedHeld: (provider: string, purpose: string) =>
    `Nội dung này đến từ ${provider}. Nếu tải nội dung này, ${provider} có thể đặt cookie cho mục đích: ${purpose}.`,
  embedLoadOnce: 'Chỉ tải lần này',
  embedAlwaysAllow: (category: string) => `Luôn cho phép ${category}`,
  signalConflict:
    'Trình duyệt của bạn gửi tín hiệu quyền riêng tư từ chối việc bán và chia sẻ. Chúng tôi tôn trọng tín hiệu này, vì vậy các danh mục này luôn tắt trong thời gian tín hiệu còn bật.',
};
