import type { preferencesStrings as english } from '../../en/preferences.js';

/** Serbian (Cyrillic) UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Подешавања приватности',
  save: 'Сачувај избор',
  alwaysOn: 'Увек укључено',
  embedHeld: (provider: string, purpose: string) =>
    `Овај садржај потиче од пружаоца услуге ${provider}. Ако га учитате, пружалац услуге ${provider} моћи ће да поставља колачиће у ове сврхе: ${purpose}.`,
  embedLoadOnce: 'Учитај само овај пут',
  embedAlwaysAllow: (category: string) => `Увек дозволи: ${category}`,
  signalConflict:
    'Ваш прегледач шаље сигнал приватности којим се одбија продаја и дељење. Поштујемо га, па ове категорије остају искључене док је сигнал укључен.',
};
