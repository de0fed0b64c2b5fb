import type { requestStrings as english } from '../../en/request.js';

/** Turkish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Gizlilik talebinde bulunun',
  requestTitle: 'Gizlilik talebinde bulunun',
  requestChoose: 'Hangi hakkınızı kullanmak istiyorsunuz?',
  requestEmail: 'E-posta adresiniz',
  requestDetails: 'Ayrıntılar (isteğe bağlı)',
  requestSubmit: 'Talebi gönder',
  requestSending: 'Gönderiliyor…',
  requestSent: (reference: string) => `Talebiniz alındı.${reference ? ` Referans numarası: ${reference}` : ''}`,
  requestByEmail: 'E-posta yazın',
  requestSelfService: 'Hesabınızdan kendiniz yapın',
  requestDeadline: (date: string) => `En geç şu tarihe kadar yanıt vereceğiz: ${date}.`,
  requestNoIdentity: 'Bu talep için sizden kimlik belgesi istenmeyecektir.',
  requestRetry: 'Tekrar deneyin',
  requestFailed: (reason: string) =>
    `Talebiniz gönderilemedi (${reason}). Girdiğiniz hiçbir bilgi kaybolmadı: tekrar deneyin veya e-postayla gönderin.`,
  requestUncertain:
    'Zamanında yanıt alamadık; bu nedenle talebiniz ulaşmamış olabilir. Girdiğiniz hiçbir bilgi kaybolmadı: tekrar deneyin (iki kez sayılmayacaktır) veya e-postayla gönderin.',
  requestNetworkError: 'bağlantı yok',
  requestServerError: (status: number) => `sunucu şu kodla yanıt verdi: ${status}`,
  requestBadReply: 'sunucunun yanıtı bir onay değildi',
  requestOptional: '(isteğe bağlı)',
  requestNoMethod:
    'Bu politika, bu talebin çevrimiçi yapılması için bir yol belirtmiyor. Gizlilik politikasındaki iletişim bilgilerini kullanın.',
  invalidEmail: 'Bir e-posta adresi girin, örneğin name@example.com.',
  required: 'Bu alan zorunludur.',
  back: 'Geri',
  requestObjectionTitle: 'İtiraz hakkınız',
  requestOtherRights: 'Diğer haklarınız',
  requestNoEmail: 'Bu politika, talepler için bir e-posta adresi belirtmiyor.',
  requestNoRights: 'Bu politika, burada talep edebileceğiniz bir hak listelemiyor.',
  requestBody: (right: string) => `Şu hakkımı kullanmak istiyorum: ${right}.`,
  requestFrom: (email: string) => `E-posta adresim: ${email}`,
};
