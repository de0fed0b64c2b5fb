import type { signalsStrings as english } from '../../en/signals.js';

/** Hebrew UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured: 'אות ה-Global Privacy Control של הדפדפן שלכם זוהה וכובד כבקשה שלא למכור את המידע ולא לשתף אותו.',
  gpcNotHonoured: 'הדפדפן שלכם שולח אות Global Privacy Control. אתר זה אינו פועל לפיו.',
  gpcNothingToStop:
    'הדפדפן שלכם שולח אות Global Privacy Control. אתר זה אינו מוכר ואינו משתף מידע אישי, ולכן אין ממה לבקש לצאת.',
  gpcOff: 'הדפדפן שלכם תומך ב-Global Privacy Control, והאות כבוי.',
  dntHonoured:
    'אות ה-Do Not Track של הדפדפן שלכם זוהה וכובד כבקשה שלא למכור את המידע, לא לשתף אותו ולא להציג פרסום ממוקד.',
  dntNotHonoured: 'הדפדפן שלכם שולח אות Do Not Track.',
  noSignal: 'הדפדפן שלכם אינו שולח אות פרטיות.',
};
