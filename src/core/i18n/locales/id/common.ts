import type { commonStrings as english } from '../../en/common.js';

/** Indonesian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Memuat kebijakan privasi…',
  loadError:
    'Kebijakan privasi tidak dapat dimuat, sehingga saat ini tidak ada pilihan privasi yang dapat ditawarkan. Tidak ada hal opsional yang diaktifkan.',
  invalidPolicy:
    'Kebijakan privasi situs ini mengandung kesalahan, sehingga saat ini tidak ada pilihan privasi yang dapat ditawarkan. Tidak ada hal opsional yang diaktifkan.',
  close: 'Tutup',
  policyLink: 'Baca kebijakan privasi selengkapnya',
  listAnd: ['id', ' dan ', ', ', ', dan '],
};
