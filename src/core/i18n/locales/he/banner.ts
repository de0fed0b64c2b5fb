import type { bannerStrings as english } from '../../en/banner.js';

/** Hebrew UI strings: the cookie banner and its preferences dialog. */
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
  preferencesTitle: 'העדפות פרטיות',
  save: 'שמירת הבחירות',
  alwaysOn: 'פעיל תמיד',
  reopen: 'בחירות פרטיות',
  storageUnavailable: 'הדפדפן שלכם חוסם קובצי Cookie, ולכן בחירה זו חלה על דף זה בלבד.',
  embedHeld: (provider: string, purpose: string) =>
    `תוכן זה מגיע מהשירות ${provider}. טעינתו תאפשר לשירות ${provider} להגדיר קובצי Cookie למטרה: ${purpose}.`,
  embedLoadOnce: 'טעינה חד-פעמית',
  embedAlwaysAllow: (category: string) => `לאפשר תמיד: ${category}`,
  signalConflict:
    'הדפדפן שלכם שולח אות פרטיות שמבקש לא למכור את המידע ולא לשתף אותו. אנו מכבדים אותו, ולכן קטגוריות אלה נשארות כבויות כל עוד האות פעיל.',
};
