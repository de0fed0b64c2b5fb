import type { storageStrings as english } from '../../en/storage.js';

/** Thai UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'บุคคลที่หนึ่ง',
  thirdParty: 'บุคคลที่สาม',
  session: 'จนกว่าคุณจะปิดเบราว์เซอร์',
  unspecified: 'ไม่ได้ระบุไว้ในนโยบาย',
  name: 'ชื่อ',
  purpose: 'วัตถุประสงค์',
  duration: 'ระยะเวลา',
  provider: 'ผู้ตั้งค่า',
  necessaryCategory: 'จำเป็นอย่างยิ่ง',
  choiceCookie: 'จดจำตัวเลือกความเป็นส่วนตัวของคุณ',
  durations: {
    lang: 'th',
    years: { other: '# ปี' },
    months: { other: '# เดือน' },
    weeks: { other: '# สัปดาห์' },
    days: { other: '# วัน' },
    hours: { other: '# ชั่วโมง' },
    minutes: { other: '# นาที' },
    seconds: { other: '# วินาที' },
  },
  kinds: {
    localStorage: 'พื้นที่จัดเก็บในเครื่อง',
    sessionStorage: 'พื้นที่จัดเก็บเซสชัน',
    indexedDB: 'IndexedDB',
    pixel: 'พิกเซล',
    other: 'พื้นที่จัดเก็บอื่น',
  } as Record<string, string>,
};
