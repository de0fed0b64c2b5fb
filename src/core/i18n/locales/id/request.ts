import type { requestStrings as english } from '../../en/request.js';

/** Indonesian UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Ajukan permintaan privasi',
  requestTitle: 'Ajukan permintaan privasi',
  requestChoose: 'Hak mana yang ingin Anda gunakan?',
  requestEmail: 'Alamat email Anda',
  requestDetails: 'Detail (opsional)',
  requestSubmit: 'Kirim permintaan',
  requestSending: 'Mengirim…',
  requestSent: (reference: string) =>
    `Permintaan Anda telah diterima.${reference ? ` Nomor referensi: ${reference}` : ''}`,
  requestByEmail: 'Tulis email',
  requestSelfService: 'Lakukan sendiri di akun Anda',
  requestDeadline: (date: string) => `Kami akan menjawab paling lambat ${date}.`,
  requestNoIdentity: 'Anda tidak akan diminta dokumen identitas untuk permintaan ini.',
  requestRetry: 'Coba lagi',
  requestFailed: (reason: string) =>
    `Permintaan Anda tidak dapat dikirim (${reason}). Tidak ada isian Anda yang hilang: coba lagi, atau kirim melalui email.`,
  requestUncertain:
    'Kami tidak menerima jawaban tepat waktu, jadi permintaan Anda mungkin belum sampai. Tidak ada isian Anda yang hilang: coba lagi (tidak akan dihitung dua kali), atau kirim melalui email.',
  requestNetworkError: 'tidak ada koneksi',
  requestServerError: (status: number) => `server menjawab ${status}`,
  requestBadReply: 'jawaban server bukan konfirmasi',
  requestOptional: '(opsional)',
  requestNoMethod:
    'Kebijakan ini tidak menyebutkan cara mengajukan permintaan ini secara online. Gunakan detail kontak dalam kebijakan privasi.',
  invalidEmail: 'Masukkan alamat email, misalnya name@example.com.',
  required: 'Kolom ini wajib diisi.',
  back: 'Kembali',
  requestObjectionTitle: 'Hak Anda untuk mengajukan keberatan',
  requestOtherRights: 'Hak Anda lainnya',
  requestNoEmail: 'Kebijakan ini tidak menyebutkan alamat email untuk permintaan.',
  requestNoRights: 'Kebijakan ini tidak mencantumkan hak yang dapat Anda minta di sini.',
  requestBody: (right: string) => `Saya ingin menggunakan hak saya: ${right}.`,
  requestFrom: (email: string) => `Alamat email saya: ${email}`,
};
