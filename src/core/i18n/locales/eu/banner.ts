import type { bannerStrings as english } from '../../en/banner.js';

/** Basque UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Webgune honetako cookieak',
  noticeText:
    'Webgune honek funtzionatzeko guztiz beharrezkoak diren cookieak eta biltegiratzea soilik erabiltzen ditu. Horiek ez dute baimenik behar; beraz, ez dago ezer onartu edo baztertzeko.',
  cookieDetails: 'Cookieen xehetasunak',
  acknowledge: 'Ulertuta',
  promptTitle: 'Zure pribatutasun-aukerak',
  promptText:
    'Guztiz beharrezkoak diren cookieak erabiltzen ditugu webgune hau funtziona dadin. Ez da ezer aukerakorik erabiltzen zuk aukeratu arte, eta edozein unetan alda dezakezu iritziz.',
  promptPurposes: (purposes: string) =>
    `Zure baimenarekin, cookieak helburu hauetarako ere erabiliko genituzke: ${purposes}.`,
  promptRecipients: (recipients: string) =>
    `Horietatik lortutako datuak hartzaile hauengana joango lirateke: ${recipients}.`,
  promptMore: 'Ikusi cookie guztiak eta nork jasotzen dituen datuak',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  customize: 'Pertsonalizatu',
  reopen: 'Pribatutasun-aukerak',
  storageUnavailable:
    'Zure nabigatzaileak cookieak blokeatzen ditu; beraz, aukera hau orri honetan soilik aplikatzen da.',
};
