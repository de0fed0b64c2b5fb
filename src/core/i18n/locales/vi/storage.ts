import type { storageStrings as english } from '../../en/storage.js';

/** Vietnamese UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Bên thứ nhất',
  thirdParty: 'Bên thứ ba',
  session: 'Cho đến khi bạn đóng trình duyệt',
  unspecified: 'Không được nêu trong chính sách',
  name: 'Tên',
  purpose: 'Mục đích',
  duration: 'Thời hạn',
  provider: 'Bên đặt',
  necessaryCategory: 'Thật sự cần thiết',
  choiceCookie: 'Ghi nhớ lựa chọn quyền riêng tư của bạn',
  durations: {
    lang: 'vi',
    years: { other: '# năm' },
    months: { other: '# tháng' },
    weeks: { other: '# tuần' },
    days: { other: '# ngày' },
    hours: { other: '# giờ' },
    minutes: { other: '# phút' },
    seconds: { other: '# giây' },
  },
  kinds: {
    localStorage: 'bộ nhớ cục bộ',
    sessionStorage: 'bộ nhớ phiên',
    indexedDB: 'IndexedDB',
    pixel: 'pixel theo dõi',
    other: 'bộ nhớ khác',
  } as Record<string, string>,
};
