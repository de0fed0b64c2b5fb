import type { preferencesStrings as english } from '../../en/preferences.js';

/** Hebrew UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'העדפות פרטיות',
  save: 'שמירת הבחירות',
  alwaysOn: 'פעיל תמיד',
  embedHeld: (provider: string, purpose: string) =>
    `תוכן זה מגיע מהשירות ${provider}. טעינתו תאפשר לשירות ${provider} להגדיר קובצי Cookie למטרה: ${purpose}.`,
  embedLoadOnce: 'טעינה חד-פעמית',
  embedAlwaysAllow: (category: string) => `לאפשר תמיד: ${category}`,
  signalConflict:
    'הדפדפן שלכם שולח אות פרטיות שמבקש לא למכור את המידע ולא לשתף אותו. אנו מכבדים אותו, ולכן קטגוריות אלה נשארות כבויות כל עוד האות פעיל.',
};
