import type { commonStrings as english } from '../../en/common.js';

/** Turkish UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Gizlilik politikası yükleniyor…',
  loadError:
    'Gizlilik politikası yüklenemedi; bu nedenle şu anda gizlilik seçenekleri sunulamıyor. İsteğe bağlı hiçbir şey etkinleştirilmedi.',
  invalidPolicy:
    'Bu sitenin gizlilik politikasında hatalar var; bu nedenle şu anda gizlilik seçenekleri sunulamıyor. İsteğe bağlı hiçbir şey etkinleştirilmedi.',
  close: 'Kapat',
  policyLink: 'Gizlilik politikasının tamamını okuyun',
  listAnd: ['tr', ' ve ', ', ', ' ve '],
};
