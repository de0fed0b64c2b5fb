import type { storageStrings as english } from '../../en/storage.js';

/** Hebrew UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'צד ראשון',
  thirdParty: 'צד שלישי',
  session: 'עד לסגירת הדפדפן',
  unspecified: 'לא צוין במדיניות',
  name: 'שם',
  purpose: 'מטרה',
  duration: 'משך',
  provider: 'הוגדר על ידי',
  necessaryCategory: 'נחוצים לחלוטין',
  choiceCookie: 'שומר את בחירות הפרטיות שלכם',
  durations: {
    lang: 'he',
    years: { one: '# שנה', other: '# שנים' },
    months: { one: '# חודש', two: 'חודשיים', other: '# חודשים' },
    weeks: { one: '# שבוע', two: 'שבועיים', other: '# שבועות' },
    days: { one: '# יום', two: 'יומיים', other: '# ימים' },
    hours: { one: '# שעה', two: 'שעתיים', other: '# שעות' },
    minutes: { one: '# דקה', two: 'שתי דקות', other: '# דקות' },
    seconds: { one: '# שניה', two: 'שתי שניות', other: '# שניות' },
  },
  kinds: {
    localStorage: 'אחסון מקומי',
    sessionStorage: 'אחסון הפעלה',
    indexedDB: 'IndexedDB',
    pixel: 'פיקסל',
    other: 'אחסון אחר',
  },
};
