import type { preferencesStrings as english } from '../../en/preferences.js';

/** Russian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Параметры конфиденциальности',
  save: 'Сохранить выбор',
  alwaysOn: 'Всегда включены',
  embedHeld: (provider: string, purpose: string) =>
    `Этот контент предоставлен сервисом ${provider}. Если вы его загрузите, сервис ${provider} сможет устанавливать файлы cookie для следующих целей: ${purpose}.`,
  embedLoadOnce: 'Загрузить только сейчас',
  embedAlwaysAllow: (category: string) => `Всегда разрешать: ${category}`,
  signalConflict:
    'Ваш браузер отправляет сигнал конфиденциальности, означающий отказ от продажи и передачи данных. Мы его соблюдаем, поэтому эти категории остаются выключенными, пока сигнал включен.',
};
