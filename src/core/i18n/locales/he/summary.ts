import type { summaryStrings as english } from '../../en/summary.js';

/** Hebrew UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'פרטיות במבט חטוף',
  effective: (date: string, version: string, updated?: string) =>
    `בתוקף מ-${date}, גרסה ${version}${updated ? `. עדכון אחרון: ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `עדכון אחרון: ${date}, גרסה ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `שורת נושא: “${subject}”`,
  optional: 'לא חובה',
  sensitive: 'רגיש',
  sources: { provided: 'נמסר על ידיכם', automatic: 'נאסף אוטומטית', 'third-party': 'מצדדים שלישיים' },
  dpa: 'כפוף להסכם עיבוד מידע',
  labelCollected: 'מה אנו אוספים',
  labelPurposes: 'לאיזו מטרה',
  labelShared: 'מכירה או שיתוף',
  labelKept: 'לכמה זמן',
  notSold: 'לעולם אינו נמכר ואינו משותף',
  sold: 'כן, ראו מי מקבל אותו',
  type: 'מידע',
  storage: 'אחסון והגנה',
  legalBasis: 'בסיס חוקי',
  recipient: 'נמען',
  location: 'מיקום',
  howLong: 'תקופת שמירה',
  after: (period: string, event: string) => `${period} לאחר ${event}`,
  until: (event: string) => `עד ${event}`,
  indefinite: 'ללא הגבלת זמן',
  minimumAge: (age: number) => `לא מיועד לילדים מתחת לגיל ${age}.`,
  ageIn: (region: string, age: number) => `${region}: מתחת לגיל ${age}.`,
  breachWithin: (window: string) => `אירועי אבטחה הנוגעים לכם מדווחים בתוך ${window}.`,
  noticeBefore: (period: string) => `שינויים מהותיים מתפרסמים לפחות ${period} מראש.`,
  answerWithin: (period: string) => `אנו משיבים בתוך ${period}.`,
  how: 'איך',
  extension: (period: string) => `ניתן להאריך את המועד ב-${period}.`,
  requestOnline: 'טופס הבקשה באתר זה',
  dpo: 'ממונה על הגנת הפרטיות',
  // The English `sale` infers its four English sentences as its return type; widened here so other words fit.
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'אנו מוכרים מידע אישי ומשתפים אותו לצורך פרסום התנהגותי המבוסס על פעילות באתרים ובשירותים אחרים.'
      : sells
        ? 'אנו מוכרים מידע אישי.'
        : shares
          ? 'אנו משתפים מידע אישי לצורך פרסום התנהגותי המבוסס על פעילות באתרים ובשירותים אחרים.'
          : 'איננו מוכרים ואיננו משתפים את המידע האישי שלכם.') as typeof english.sale,
  usedFor: (uses: string) => `משמש למטרות: ${uses}`,
  uses: {
    sale: 'מכירת מידע אישי',
    sharing: 'שיתוף לצורך פרסום התנהגותי המבוסס על פעילות באתרים ובשירותים אחרים',
    'targeted-advertising': 'פרסום ממוקד',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'מכובד',
  honouredNo: 'אינו מכובד',
  roles: {
    processor: 'מחזיק (מעבד מידע)',
    controller: 'בעל שליטה עצמאי',
    'third-party': 'צד שלישי',
    'user-chosen': 'נבחר על ידיכם',
  },
  sections: {
    about: 'מי אנחנו',
    collected: 'מידע שאנו אוספים',
    notCollected: 'מידע שאיננו אוספים',
    purposes: 'למה אנו משתמשים בו',
    storage: 'היכן הוא מאוחסן',
    recipients: 'מי מקבל אותו',
    retention: 'כמה זמן אנו שומרים אותו',
    cookies: 'קובצי Cookie ואחסון',
    security: 'אבטחה',
    transfers: 'העברות לחו״ל',
    signals: 'אותות פרטיות',
    children: 'ילדים',
    changes: 'שינויים ואירועי אבטחה',
    rights: 'הזכויות שלכם',
    contact: 'יצירת קשר',
    commitments: 'מה שלעולם איננו עושים',
    notes: 'עוד',
  },
  legalBases: {
    consent: 'הסכמתכם',
    contract: 'נחוץ לחוזה שלנו איתכם',
    'legal-obligation': 'נדרש על פי דין',
    'vital-interests': 'כדי להגן על חייו של אדם',
    'public-task': 'משימה לטובת הציבור',
    'legitimate-interests': 'האינטרסים הלגיטימיים שלנו',
  },
};
