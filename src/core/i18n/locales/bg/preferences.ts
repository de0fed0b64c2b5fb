import type { preferencesStrings as english } from '../../en/preferences.js';

/** Bulgarian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Предпочитания за поверителност',
  save: 'Запазване на избора',
  alwaysOn: 'Винаги включени',
  embedHeld: (provider: string, purpose: string) =>
    `Това съдържание идва от ${provider}. Ако го заредите, ${provider} ще може да задава бисквитки за следните цели: ${purpose}.`,
  embedLoadOnce: 'Зареждане само този път',
  embedAlwaysAllow: (category: string) => `Винаги да се разрешава: ${category}`,
  signalConflict:
    'Браузърът ви изпраща сигнал за поверителност, който означава отказ от продажба и споделяне. Зачитаме го, затова тези категории остават изключени, докато сигналът е включен.',
};
