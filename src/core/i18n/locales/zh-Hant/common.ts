import type { commonStrings as english } from '../../en/common.js';

/** Traditional Chinese UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: '正在載入隱私權政策……',
  loadError: '無法載入隱私權政策，因此目前無法提供隱私權選擇。任何選用項目均未啟用。',
  invalidPolicy: '本網站的隱私權政策有錯誤，因此目前無法提供隱私權選擇。任何選用項目均未啟用。',
  close: '關閉',
  policyLink: '閱讀完整的隱私權政策',
  listAnd: ['zh', '和', '、', '和'],
};
