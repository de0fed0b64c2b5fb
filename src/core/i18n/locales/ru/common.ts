import type { commonStrings as english } from '../../en/common.js';

/** Russian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Загрузка политики конфиденциальности…',
  loadError:
    'Не удалось загрузить политику конфиденциальности, поэтому сейчас нельзя предложить никаких настроек конфиденциальности. Ничего необязательного не включено.',
  invalidPolicy:
    'Политика конфиденциальности этого сайта содержит ошибки, поэтому сейчас нельзя предложить никаких настроек конфиденциальности. Ничего необязательного не включено.',
  close: 'Закрыть',
  policyLink: 'Прочитать политику конфиденциальности полностью',
  listAnd: ['ru', ' и ', ', ', ' и '],
};
