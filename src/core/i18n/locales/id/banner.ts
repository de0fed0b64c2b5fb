import type { bannerStrings as english } from '../../en/banner.js';

/** Indonesian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookie di situs ini',
  noticeText:
    'Situs ini hanya menggunakan cookie dan penyimpanan yang benar-benar diperlukan agar situs dapat berfungsi. Semuanya tidak memerlukan persetujuan, jadi tidak ada yang perlu diterima atau ditolak.',
  cookieDetails: 'Detail cookie',
  acknowledge: 'Oke',
  promptTitle: 'Pilihan privasi Anda',
  promptText:
    'Kami menggunakan cookie yang benar-benar diperlukan untuk menjalankan situs ini. Tidak ada yang opsional digunakan sebelum Anda memilih, dan Anda dapat berubah pikiran kapan saja.',
  promptPurposes: (purposes: string) => `Dengan izin Anda, kami juga akan menggunakan cookie untuk: ${purposes}.`,
  promptRecipients: (recipients: string) => `Data dari cookie tersebut akan dikirim ke: ${recipients}.`,
  promptMore: 'Lihat semua cookie dan siapa yang menerima datanya',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  customize: 'Sesuaikan',
  reopen: 'Pilihan privasi',
  storageUnavailable: 'Browser Anda memblokir cookie, jadi pilihan ini hanya berlaku untuk halaman ini.',
};
