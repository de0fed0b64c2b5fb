import type { rightsStrings as english } from '../../en/rights.js';

/** Traditional Chinese UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: '開啟請求表單',
  requestAnyAuthority: '您可以向您居住地、工作地或您認為權利遭受侵害所在地的個人資料保護機關提出申訴。',
  rights: {
    access: ['接近使用權', '查看我們保有哪些關於您的個人資料，並取得副本。'],
    rectification: ['更正權', '要求更正不正確或不完整的資料。'],
    erasure: ['刪除權', '要求刪除您的個人資料。'],
    restriction: ['限制處理權', '要求我們保留您的資料，但暫時停止使用。'],
    portability: ['資料可攜性權利', '以機器可讀的格式取得您的資料，以便移轉至他處。'],
    objection: ['拒絕權', '拒絕基於我們正當利益所為的利用，或拒絕直接行銷。'],
    'withdraw-consent': ['撤回同意之權利', '撤回您給予的同意，方式與給予同意時一樣容易。'],
    'automated-decisions': ['不受自動化決策拘束之權利', '不受完全由機器所作決定的拘束。'],
    complaint: ['向監管機關提出申訴之權利', '向個人資料保護機關提出申訴。'],
    know: ['知的權利', '了解我們蒐集、利用及揭露哪些個人資訊。'],
    'opt-out-sale': ['選擇退出販售／分享之權利', '停止販售或分享您的個人資訊。'],
    'limit-sensitive': ['限制使用及揭露敏感個人資訊之權利', '限制我們使用敏感個人資訊的方式。'],
    'non-discrimination': ['不受歧視之權利', '您不會因行使權利而受到差別待遇。'],
    'opt-out-marketing': ['停止接收行銷訊息', '取消訂閱非必要的通訊。'],
  },
  dates: {
    lang: 'zh',
    months: [
      '{y}年1月{d}日',
      '{y}年2月{d}日',
      '{y}年3月{d}日',
      '{y}年4月{d}日',
      '{y}年5月{d}日',
      '{y}年6月{d}日',
      '{y}年7月{d}日',
      '{y}年8月{d}日',
      '{y}年9月{d}日',
      '{y}年10月{d}日',
      '{y}年11月{d}日',
      '{y}年12月{d}日',
    ],
  },
};
