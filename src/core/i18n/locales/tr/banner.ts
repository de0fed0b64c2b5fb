import type { bannerStrings as english } from '../../en/banner.js';

/** Turkish UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Bu sitedeki çerezler',
  noticeText:
    'Bu site yalnızca çalışması için kesinlikle gerekli olan çerezleri ve depolamayı kullanır. Bunlar için onay gerekmez; bu nedenle kabul edilecek veya reddedilecek bir şey yoktur.',
  cookieDetails: 'Çerez ayrıntıları',
  acknowledge: 'Tamam',
  promptTitle: 'Gizlilik seçimleriniz',
  promptText:
    'Bu siteyi çalıştırmak için kesinlikle gerekli çerezleri kullanırız. Siz seçim yapana kadar isteğe bağlı hiçbir şey kullanılmaz ve fikrinizi istediğiniz zaman değiştirebilirsiniz.',
  promptPurposes: (purposes: string) => `İzin verirseniz çerezleri şu amaçlarla da kullanırız: ${purposes}.`,
  promptRecipients: (recipients: string) => `Bu çerezlerden elde edilen veriler şu alıcılara gider: ${recipients}.`,
  promptMore: 'Tüm çerezleri ve verileri kimlerin aldığını görün',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  reopen: 'Gizlilik seçimleri',
  storageUnavailable: 'Tarayıcınız çerezleri engelliyor; bu nedenle bu seçim yalnızca bu sayfa için geçerlidir.',
};
