import type { rightsStrings as english } from '../../en/rights.js';

/** Indonesian UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: 'Buka formulir permintaan',
  requestAnyAuthority:
    'Anda dapat mengadu kepada otoritas pelindungan data di tempat Anda tinggal, tempat Anda bekerja, atau tempat yang menurut Anda hak Anda dilanggar.',
  rights: {
    access: ['Hak akses', 'Lihat data pribadi apa saja tentang Anda yang kami simpan dan dapatkan salinannya.'],
    rectification: ['Hak atas perbaikan', 'Minta agar data yang tidak akurat atau tidak lengkap diperbaiki.'],
    erasure: ['Hak atas penghapusan', 'Minta agar data pribadi Anda dihapus.'],
    restriction: [
      'Hak atas pembatasan pemrosesan',
      'Minta kami menyimpan data Anda tetapi berhenti menggunakannya untuk sementara.',
    ],
    portability: [
      'Hak atas portabilitas data',
      'Dapatkan data Anda dalam format yang dapat dibaca mesin untuk dipindahkan ke tempat lain.',
    ],
    objection: [
      'Hak untuk mengajukan keberatan',
      'Ajukan keberatan atas penggunaan yang didasarkan pada kepentingan sah kami atau atas pemasaran langsung.',
    ],
    'withdraw-consent': [
      'Hak untuk menarik kembali persetujuan',
      'Tarik kembali persetujuan yang telah Anda berikan, semudah saat Anda memberikannya.',
    ],
    'automated-decisions': [
      'Hak untuk tidak tunduk pada pengambilan keputusan otomatis',
      'Tidak dikenai keputusan yang dibuat semata-mata oleh mesin.',
    ],
    complaint: [
      'Hak untuk mengajukan pengaduan kepada otoritas pengawas',
      'Ajukan pengaduan kepada otoritas pelindungan data.',
    ],
    know: ['Hak untuk mengetahui', 'Ketahui informasi pribadi apa yang kami kumpulkan, gunakan, dan ungkapkan.'],
    'opt-out-sale': [
      'Hak untuk menolak penjualan/pembagian',
      'Hentikan penjualan atau pembagian informasi pribadi Anda.',
    ],
    'limit-sensitive': [
      'Hak untuk membatasi penggunaan dan pengungkapan informasi pribadi sensitif',
      'Batasi cara kami menggunakan informasi pribadi sensitif.',
    ],
    'non-discrimination': [
      'Hak untuk tidak didiskriminasi',
      'Anda tidak akan diperlakukan berbeda karena menggunakan hak Anda.',
    ],
    'opt-out-marketing': ['Berhenti menerima pesan pemasaran', 'Berhenti berlangganan komunikasi yang tidak penting.'],
  },
  dates: {
    lang: 'id',
    months: [
      '{d} Januari {y}',
      '{d} Februari {y}',
      '{d} Maret {y}',
      '{d} April {y}',
      '{d} Mei {y}',
      '{d} Juni {y}',
      '{d} Juli {y}',
      '{d} Agustus {y}',
      '{d} September {y}',
      '{d} Oktober {y}',
      '{d} November {y}',
      '{d} Desember {y}',
    ],
  },
};
