import type { requestStrings as english } from '../../en/request.js';

/** Hebrew UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'הגשת בקשת פרטיות',
  requestTitle: 'הגשת בקשת פרטיות',
  requestChoose: 'איזו זכות ברצונכם לממש?',
  requestEmail: 'כתובת הדוא״ל שלכם',
  requestDetails: 'פרטים (לא חובה)',
  requestSubmit: 'שליחת הבקשה',
  requestSending: 'בשליחה…',
  requestSent: (reference: string) => `בקשתכם התקבלה.${reference ? ` מספר אסמכתה: ${reference}` : ''}`,
  requestByEmail: 'כתיבת דוא״ל',
  requestSelfService: 'ביצוע עצמי בחשבון שלכם',
  requestDeadline: (date: string) => `נשיב עד ${date}.`,
  requestNoIdentity: 'לא תתבקשו להציג מסמכי זיהוי עבור בקשה זו.',
  requestRetry: 'ניסיון חוזר',
  requestFailed: (reason: string) =>
    `לא ניתן היה לשלוח את בקשתכם (${reason}). שום דבר ממה שהזנתם לא אבד: נסו שוב או שלחו אותה בדוא״ל.`,
  requestUncertain:
    'לא התקבלה תשובה בזמן, ולכן ייתכן שבקשתכם לא הגיעה. שום דבר ממה שהזנתם לא אבד: נסו שוב (היא לא תיספר פעמיים) או שלחו אותה בדוא״ל.',
  requestNetworkError: 'אין חיבור',
  requestServerError: (status: number) => `השרת השיב בקוד ${status}`,
  requestBadReply: 'תשובת השרת לא הייתה אישור',
  requestOptional: '(לא חובה)',
  requestNoMethod: 'מדיניות זו אינה מציינת דרך להגיש בקשה זו באופן מקוון. השתמשו בפרטי הקשר שבמדיניות הפרטיות.',
  invalidEmail: 'הזינו כתובת דוא״ל, למשל name@example.com.',
  required: 'זהו שדה חובה.',
  back: 'חזרה',
  requestObjectionTitle: 'זכותכם להתנגד',
  requestOtherRights: 'זכויותיכם האחרות',
  requestNoEmail: 'מדיניות זו אינה מציינת כתובת דוא״ל לבקשות.',
  requestNoRights: 'מדיניות זו אינה מפרטת זכויות שניתן לבקש כאן.',
  requestBody: (right: string) => `ברצוני לממש את זכותי: ${right}.`,
  requestFrom: (email: string) => `כתובת הדוא״ל שלי: ${email}`,
};
