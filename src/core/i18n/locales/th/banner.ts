import type { bannerStrings as english } from '../../en/banner.js';

/** Thai UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'คุกกี้บนเว็บไซต์นี้',
  noticeText:
    'เว็บไซต์นี้ใช้เฉพาะคุกกี้และพื้นที่จัดเก็บข้อมูลที่จำเป็นอย่างยิ่งต่อการทำงานของเว็บไซต์เท่านั้น ซึ่งไม่ต้องได้รับความยินยอม จึงไม่มีสิ่งใดให้ยอมรับหรือปฏิเสธ',
  cookieDetails: 'รายละเอียดคุกกี้',
  acknowledge: 'รับทราบ',
  promptTitle: 'ตัวเลือกความเป็นส่วนตัวของคุณ',
  promptText: 'เราใช้คุกกี้ที่จำเป็นอย่างยิ่งเพื่อให้เว็บไซต์นี้ทำงานได้ จะไม่มีการใช้สิ่งใดที่เป็นตัวเลือกจนกว่าคุณจะเลือก และคุณเปลี่ยนใจได้ทุกเมื่อ',
  promptPurposes: (purposes: string) => `หากคุณอนุญาต เราจะใช้คุกกี้เพื่อวัตถุประสงค์ต่อไปนี้ด้วย: ${purposes}`,
  promptRecipients: (recipients: string) => `ข้อมูลจากคุกกี้เหล่านี้จะส่งไปยัง: ${recipients}`,
  promptMore: 'ดูคุกกี้ทั้งหมดและผู้รับข้อมูล',
  acceptAll: 'ยอมรับทั้งหมด',
  rejectAll: 'ปฏิเสธทั้งหมด',
  customize: 'ปรับแต่ง',
  reopen: 'ตัวเลือกความเป็นส่วนตัว',
  storageUnavailable: 'เบราว์เซอร์ของคุณบล็อกคุกกี้ ตัวเลือกนี้จึงมีผลเฉพาะหน้านี้เท่านั้น',
};
