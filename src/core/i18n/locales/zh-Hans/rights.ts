import type { rightsStrings as english } from '../../en/rights.js';

/** Simplified Chinese UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: '打开请求表单',
  requestAnyAuthority: '您可以向您居住地、工作地或您认为权利受到侵犯所在地的数据保护机构投诉。',
  rights: {
    access: ['访问权', '查看我们持有的关于您的个人数据，并获取副本。'],
    rectification: ['更正权', '要求更正不准确的数据或补全不完整的数据。'],
    erasure: ['删除权', '要求删除您的个人数据。'],
    restriction: ['限制处理权', '要求我们保留您的数据，但暂时停止使用。'],
    portability: ['数据可携带权', '以机器可读的格式获取您的数据，以便转移到其他地方。'],
    objection: ['反对权', '反对基于我们的正当利益的使用，或反对直接营销。'],
    'withdraw-consent': ['撤回同意的权利', '撤回您给予的同意，方式与给予同意时一样简便。'],
    'automated-decisions': ['不受自动化决策约束的权利', '不受仅由机器作出的决定的约束。'],
    complaint: ['向监管机构投诉的权利', '向数据保护机构提出投诉。'],
    know: ['知情权', '了解我们收集、使用和披露哪些个人信息。'],
    'opt-out-sale': ['选择退出出售/共享的权利', '停止出售或共享您的个人信息。'],
    'limit-sensitive': ['限制使用和披露敏感个人信息的权利', '限制我们使用敏感个人信息的方式。'],
    'non-discrimination': ['不受歧视的权利', '您不会因行使权利而受到区别对待。'],
    'opt-out-marketing': ['停止接收营销信息', '退订非必要的通讯。'],
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
