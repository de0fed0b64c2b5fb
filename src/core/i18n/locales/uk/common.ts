import type { commonStrings as english } from '../../en/common.js';

/** Ukrainian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Завантаження політики конфіденційності…',
  loadError:
    'Не вдалося завантажити політику конфіденційності, тому зараз неможливо запропонувати жодних налаштувань конфіденційності. Нічого необов’язкового не ввімкнено.',
  invalidPolicy:
    'Політика конфіденційності цього сайту містить помилки, тому зараз неможливо запропонувати жодних налаштувань конфіденційності. Нічого необов’язкового не ввімкнено.',
  close: 'Закрити',
  policyLink: 'Прочитати повну політику конфіденційності',
  listAnd: ['uk', ' і ', ', ', ' і '],
};
