import type { commonStrings as english } from '../../en/common.js';

/** Bulgarian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Зареждане на политиката за поверителност…',
  loadError:
    'Политиката за поверителност не можа да се зареди, затова в момента не можем да ви предложим избор за поверителност. Нищо незадължително не е включено.',
  invalidPolicy:
    'Политиката за поверителност на този сайт съдържа грешки, затова в момента не можем да ви предложим избор за поверителност. Нищо незадължително не е включено.',
  close: 'Затваряне',
  policyLink: 'Прочетете цялата политика за поверителност',
  listAnd: ['bg', ' и ', ', ', ' и '],
};
