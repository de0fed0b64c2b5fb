import type { commonStrings as english } from '../../en/common.js';

/** Serbian (Cyrillic) UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Учитавање политике приватности…',
  loadError:
    'Политику приватности није било могуће учитати, па тренутно не можемо да понудимо никакве изборе у вези с приватношћу. Ништа опционо није укључено.',
  invalidPolicy:
    'Политика приватности овог сајта садржи грешке, па тренутно не можемо да понудимо никакве изборе у вези с приватношћу. Ништа опционо није укључено.',
  close: 'Затвори',
  policyLink: 'Прочитај целу политику приватности',
  listAnd: ['sr', ' и ', ', ', ' и '],
};
