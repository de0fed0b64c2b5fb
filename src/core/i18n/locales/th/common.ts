import type { commonStrings as english } from '../../en/common.js';

/** Thai UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'กำลังโหลดนโยบายความเป็นส่วนตัว…',
  loadError: 'ไม่สามารถโหลดนโยบายความเป็นส่วนตัวได้ จึงยังไม่สามารถให้ตัวเลือกความเป็นส่วนตัวได้ในขณะนี้ ไม่มีการเปิดใช้สิ่งใดที่เป็นตัวเลือก',
  invalidPolicy:
    'นโยบายความเป็นส่วนตัวของเว็บไซต์นี้มีข้อผิดพลาด จึงยังไม่สามารถให้ตัวเลือกความเป็นส่วนตัวได้ในขณะนี้ ไม่มีการเปิดใช้สิ่งใดที่เป็นตัวเลือก',
  close: 'ปิด',
  policyLink: 'อ่านนโยบายความเป็นส่วนตัวฉบับเต็ม',
  listAnd: ['th', 'และ', ' ', ' และ'],
};
