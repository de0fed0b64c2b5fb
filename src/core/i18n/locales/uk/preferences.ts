import type { preferencesStrings as english } from '../../en/preferences.js';

/** Ukrainian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Параметри конфіденційності',
  save: 'Зберегти вибір',
  alwaysOn: 'Завжди ввімкнено',
  embedHeld: (provider: string, purpose: string) =>
    `Цей вміст надає сервіс ${provider}. Якщо ви його завантажите, сервіс ${provider} зможе встановлювати файли cookie для таких цілей: ${purpose}.`,
  embedLoadOnce: 'Завантажити лише цього разу',
  embedAlwaysAllow: (category: string) => `Завжди дозволяти: ${category}`,
  signalConflict:
    'Ваш браузер надсилає сигнал конфіденційності, що означає відмову від продажу та передавання даних. Ми його дотримуємося, тому ці категорії залишаються вимкненими, доки сигнал увімкнено.',
};
