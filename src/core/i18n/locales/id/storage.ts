import type { storageStrings as english } from '../../en/storage.js';

/** Indonesian UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Pihak pertama',
  thirdParty: 'Pihak ketiga',
  session: 'Hingga Anda menutup browser',
  unspecified: 'Tidak disebutkan dalam kebijakan',
  name: 'Nama',
  purpose: 'Tujuan',
  duration: 'Durasi',
  provider: 'Ditetapkan oleh',
  necessaryCategory: 'Benar-benar diperlukan',
  choiceCookie: 'Mengingat pilihan privasi Anda',
  durations: {
    lang: 'id',
    years: { other: '# tahun' },
    months: { other: '# bulan' },
    weeks: { other: '# minggu' },
    days: { other: '# hari' },
    hours: { other: '# jam' },
    minutes: { other: '# menit' },
    seconds: { other: '# detik' },
  },
  kinds: {
    localStorage: 'penyimpanan lokal',
    sessionStorage: 'penyimpanan sesi',
    indexedDB: 'IndexedDB',
    pixel: 'piksel',
    other: 'penyimpanan lain',
  } as Record<string, string>,
};
