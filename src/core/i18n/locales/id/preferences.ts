import type { preferencesStrings as english } from '../../en/preferences.js';

/** Indonesian UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'Preferensi privasi',
  save: 'Simpan pilihan',
  alwaysOn: 'Selalu aktif',
  embedHeld: (provider: string, purpose: string) =>
    `Konten ini berasal dari ${provider}. Jika konten ini dimuat, ${provider} dapat menyetel cookie untuk ${purpose}.`,
  embedLoadOnce: 'Muat sekali ini saja',
  embedAlwaysAllow: (category: string) => `Selalu izinkan ${category}`,
  signalConflict:
    'Browser Anda mengirimkan sinyal privasi yang menolak penjualan dan pembagian data. Kami menghormatinya, jadi kategori ini tetap nonaktif selama sinyal tersebut aktif.',
};
