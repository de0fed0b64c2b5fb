import type { preferencesStrings as english } from '../../en/preferences.js';

/** Thai UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'การตั้งค่าความเป็นส่วนตัว',
  save: 'บันทึกตัวเลือก',
  alwaysOn: 'เปิดอยู่เสมอ',
  embedHeld: (provider: string, purpose: string) =>
    `เนื้อหานี้มาจาก ${provider} หากโหลดเนื้อหานี้ ${provider} จะตั้งค่าคุกกี้เพื่อวัตถุประสงค์ต่อไปนี้ได้: ${purpose}`,
  embedLoadOnce: 'โหลดเฉพาะครั้งนี้',
  embedAlwaysAllow: (category: string) => `อนุญาต ${category} เสมอ`,
  signalConflict:
    'เบราว์เซอร์ของคุณส่งสัญญาณความเป็นส่วนตัวที่ขอไม่ให้ขายและแบ่งปันข้อมูล เราปฏิบัติตามสัญญาณนี้ หมวดหมู่เหล่านี้จึงปิดอยู่ตลอดเวลาที่สัญญาณเปิดอยู่',
};
