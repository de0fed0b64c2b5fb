import type { bannerStrings as english } from '../../en/banner.js';

/** Hebrew UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'קובצי Cookie באתר זה',
  noticeText:
    'אתר זה משתמש רק בקובצי Cookie ובאחסון הנחוצים לחלוטין לפעולתו. הם אינם דורשים הסכמה, ולכן אין מה לאשר או לדחות.',
  cookieDetails: 'פרטי קובצי ה-Cookie',
  acknowledge: 'הבנתי',
  promptTitle: 'בחירות הפרטיות שלכם',
  promptText:
    'אנו משתמשים בקובצי Cookie הנחוצים לחלוטין להפעלת האתר. לא נעשה שימוש בשום דבר אופציונלי עד שתבחרו, ותוכלו לשנות את דעתכם בכל עת.',
  promptPurposes: (purposes: string) => `בהסכמתכם נשתמש בקובצי Cookie גם למטרות הבאות: ${purposes}.`,
  promptRecipients: (recipients: string) => `המידע מהם יועבר אל: ${recipients}.`,
  promptMore: 'הצגת כל קובצי ה-Cookie ומי מקבל את המידע',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  customize: 'התאמה אישית',
  reopen: 'בחירות פרטיות',
  storageUnavailable: 'הדפדפן שלכם חוסם קובצי Cookie, ולכן בחירה זו חלה על דף זה בלבד.',
};
