import type { signalsStrings as english } from '../../en/signals.js';

/** Thai UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'ตรวจพบสัญญาณ Global Privacy Control จากเบราว์เซอร์ของคุณ และได้ปฏิบัติตามในฐานะคำขอไม่ให้ขายและแบ่งปันข้อมูลแล้ว',
  gpcNotHonoured: 'เบราว์เซอร์ของคุณส่งสัญญาณ Global Privacy Control เว็บไซต์นี้ไม่ได้ดำเนินการตามสัญญาณนี้',
  gpcNothingToStop: 'เบราว์เซอร์ของคุณส่งสัญญาณ Global Privacy Control เว็บไซต์นี้ไม่ได้ขายหรือแบ่งปันข้อมูลส่วนบุคคล จึงไม่มีสิ่งใดให้ปฏิเสธ',
  gpcOff: 'เบราว์เซอร์ของคุณรองรับ Global Privacy Control และสัญญาณนี้ปิดอยู่',
  dntHonoured:
    'ตรวจพบสัญญาณ Do Not Track จากเบราว์เซอร์ของคุณ และได้ปฏิบัติตามในฐานะคำขอไม่ให้ขาย แบ่งปันข้อมูล และใช้โฆษณาแบบกำหนดเป้าหมายแล้ว',
  dntNotHonoured: 'เบราว์เซอร์ของคุณส่งสัญญาณ Do Not Track',
  noSignal: 'เบราว์เซอร์ของคุณไม่ได้ส่งสัญญาณความเป็นส่วนตัวใดๆ',
};
