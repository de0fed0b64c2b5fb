import type { bannerStrings as english } from '../../en/banner.js';

/** Traditional Chinese UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: '本網站的 Cookie',
  noticeText: '本網站僅使用運作所絕對必要的 Cookie 與儲存空間。這些無須您的同意，因此沒有需要接受或拒絕的項目。',
  cookieDetails: 'Cookie 詳細資訊',
  acknowledge: '我知道了',
  promptTitle: '您的隱私權選擇',
  promptText:
    '我們使用絕對必要的 Cookie 來維持本網站運作。在您做出選擇之前，不會使用任何選用項目；您也可以隨時改變主意。',
  promptPurposes: (purposes: string) => `經您許可，我們也會將 Cookie 用於：${purposes}。`,
  promptRecipients: (recipients: string) => `這些 Cookie 的資料將提供給：${recipients}。`,
  promptMore: '查看所有 Cookie 及資料接收者',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂',
  reopen: '隱私權選擇',
  storageUnavailable: '您的瀏覽器封鎖了 Cookie，因此這項選擇只適用於此頁面。',
};
