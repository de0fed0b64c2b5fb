import type { commonStrings as english } from '../../en/common.js';

/** Icelandic UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Hleður persónuverndarstefnu…',
  loadError:
    'Ekki tókst að hlaða persónuverndarstefnunni, svo ekki er hægt að bjóða upp á neitt val um persónuvernd eins og er. Ekkert valkvætt hefur verið virkjað.',
  invalidPolicy:
    'Persónuverndarstefna þessa vefs inniheldur villur, svo ekki er hægt að bjóða upp á neitt val um persónuvernd eins og er. Ekkert valkvætt hefur verið virkjað.',
  close: 'Loka',
  policyLink: 'Lesa alla persónuverndarstefnuna',
  listAnd: ['is', ' og ', ', ', ' og '],
};
