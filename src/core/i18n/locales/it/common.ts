import type { commonStrings as english } from '../../en/common.js';

/** Italian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Caricamento dell’informativa privacy…',
  loadError:
    'Non è stato possibile caricare l’informativa privacy, quindi al momento non è possibile offrire alcuna scelta sulla privacy. Nulla di facoltativo è stato attivato.',
  invalidPolicy:
    'L’informativa privacy di questo sito contiene errori, quindi al momento non è possibile offrire alcuna scelta sulla privacy. Nulla di facoltativo è stato attivato.',
  close: 'Chiudi',
  policyLink: 'Leggi l’informativa privacy completa',
  listAnd: ['it', ' e ', ', ', ' e '],
};
