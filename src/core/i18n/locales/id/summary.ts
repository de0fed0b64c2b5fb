import type { summaryStrings as english } from '../../en/summary.js';

/** Indonesian UI strings: the policy summary. */
export const summaryStrings: typeof english = {
  summaryTitle: 'Ringkasan privasi',
  effective: (date: string, version: string, updated?: string) =>
    `Berlaku sejak ${date}, versi ${version}${updated ? `. Terakhir diperbarui ${updated}` : ''}`,
  lastUpdated: (date: string, version: string) => `Terakhir diperbarui ${date}, versi ${version}`,
  keptFor: (data: string, howLong: string) => `${data}: ${howLong}`,
  flagged: (data: string, flags: string[]) => (flags.length ? `${data} (${flags.join(', ')})` : data),
  subjectLine: (subject: string) => `subjek email: “${subject}”`,
  optional: 'opsional',
  sensitive: 'sensitif',
  sources: {
    provided: 'diberikan oleh Anda',
    automatic: 'dikumpulkan secara otomatis',
    'third-party': 'dari pihak ketiga',
  },
  dpa: 'Terikat perjanjian pemrosesan data',
  labelCollected: 'Apa yang kami kumpulkan',
  labelPurposes: 'Untuk apa',
  labelShared: 'Dijual atau dibagikan',
  labelKept: 'Berapa lama',
  notSold: 'Tidak pernah dijual atau dibagikan',
  sold: 'Ya, lihat siapa yang menerimanya',
  type: 'Jenis data',
  storage: 'Penyimpanan dan pelindungan',
  legalBasis: 'Dasar hukum',
  recipient: 'Penerima',
  location: 'Lokasi',
  howLong: 'Disimpan',
  after: (period: string, event: string) => `${period} setelah ${event}`,
  until: (event: string) => `Hingga ${event}`,
  indefinite: 'Tanpa batas waktu',
  minimumAge: (age: number) => `Tidak untuk anak di bawah ${age} tahun.`,
  ageIn: (region: string, age: number) => `${region}: di bawah ${age} tahun.`,
  breachWithin: (window: string) =>
    `Kegagalan pelindungan data pribadi yang berdampak pada Anda diberitahukan dalam waktu ${window}.`,
  noticeBefore: (period: string) => `Perubahan penting diumumkan setidaknya ${period} sebelumnya.`,
  answerWithin: (period: string) => `Kami menjawab dalam waktu ${period}.`,
  how: 'Cara',
  extension: (period: string) => `Jangka waktu ini dapat diperpanjang selama ${period}.`,
  requestOnline: 'Formulir permintaan di situs ini',
  dpo: 'Petugas pelindungan data pribadi',
  sale: ((sells: boolean, shares: boolean): string =>
    sells && shares
      ? 'Kami menjual informasi pribadi dan membagikannya untuk iklan perilaku lintas konteks.'
      : sells
        ? 'Kami menjual informasi pribadi.'
        : shares
          ? 'Kami membagikan informasi pribadi untuk iklan perilaku lintas konteks.'
          : 'Kami tidak menjual atau membagikan informasi pribadi Anda.') as typeof english.sale,
  usedFor: (uses: string) => `Digunakan untuk ${uses}`,
  uses: {
    sale: 'penjualan informasi pribadi',
    sharing: 'pembagian untuk iklan perilaku lintas konteks',
    'targeted-advertising': 'iklan bertarget',
  },
  signalGpc: 'Global Privacy Control',
  signalDnt: 'Do Not Track',
  honouredYes: 'Dihormati',
  honouredNo: 'Tidak dihormati',
  roles: {
    processor: 'Prosesor',
    controller: 'Pengendali independen',
    'third-party': 'Pihak ketiga',
    'user-chosen': 'Dipilih oleh Anda',
  },
  sections: {
    about: 'Siapa kami',
    collected: 'Data yang kami kumpulkan',
    notCollected: 'Data yang tidak kami kumpulkan',
    purposes: 'Mengapa kami menggunakannya',
    storage: 'Tempat penyimpanannya',
    recipients: 'Siapa yang menerimanya',
    retention: 'Berapa lama kami menyimpannya',
    cookies: 'Cookie dan penyimpanan',
    security: 'Keamanan',
    transfers: 'Transfer internasional',
    signals: 'Sinyal privasi',
    children: 'Anak-anak',
    changes: 'Perubahan dan kegagalan pelindungan data',
    rights: 'Hak Anda',
    contact: 'Kontak',
    commitments: 'Yang tidak pernah kami lakukan',
    notes: 'Lainnya',
  },
  legalBases: {
    consent: 'Persetujuan Anda',
    contract: 'Diperlukan untuk perjanjian kami dengan Anda',
    'legal-obligation': 'Diwajibkan oleh hukum',
    'vital-interests': 'Untuk melindungi nyawa seseorang',
    'public-task': 'Tugas untuk kepentingan umum',
    'legitimate-interests': 'Kepentingan sah kami',
  },
};
