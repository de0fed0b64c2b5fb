import type { commonStrings as english } from '../../en/common.js';

/** Hebrew UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'מדיניות הפרטיות נטענת…',
  loadError: 'לא ניתן היה לטעון את מדיניות הפרטיות, ולכן כרגע לא ניתן להציע בחירות פרטיות. שום דבר אופציונלי לא הופעל.',
  invalidPolicy:
    'במדיניות הפרטיות של אתר זה יש שגיאות, ולכן כרגע לא ניתן להציע בחירות פרטיות. שום דבר אופציונלי לא הופעל.',
  close: 'סגירה',
  policyLink: 'קריאת מדיניות הפרטיות המלאה',
  listAnd: ['he', ' ו', ', ', ' ו'],
};
