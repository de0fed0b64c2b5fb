import type { rightsStrings as english } from '../../en/rights.js';

/** Korean UI strings: the rights and the ways to use them; shared by the request and the summary. */
export const rightsStrings: typeof english = {
  requestOpenForm: '요청 양식 열기',
  requestAnyAuthority:
    '거주지, 근무지 또는 권리가 침해되었다고 생각하는 곳의 개인정보 보호 감독기관에 민원을 제기할 수 있습니다.',
  rights: {
    access: ['열람권', '저희가 보유한 본인의 개인정보를 확인하고 사본을 받을 수 있습니다.'],
    rectification: ['정정권', '부정확하거나 불완전한 정보를 정정하도록 요청할 수 있습니다.'],
    erasure: ['삭제권', '개인정보를 삭제하도록 요청할 수 있습니다.'],
    restriction: ['처리에 대한 제한권', '정보는 보관하되 당분간 이용을 중단하도록 요청할 수 있습니다.'],
    portability: ['개인정보 이동권', '다른 곳으로 옮길 수 있도록 기계 판독이 가능한 형식으로 정보를 받을 수 있습니다.'],
    objection: ['반대할 권리', '저희의 정당한 이익에 근거한 이용이나 직접 마케팅에 반대할 수 있습니다.'],
    'withdraw-consent': ['동의를 철회할 권리', '동의했을 때와 마찬가지로 쉽게 동의를 철회할 수 있습니다.'],
    'automated-decisions': [
      '자동화된 의사결정의 적용을 받지 않을 권리',
      '기계만으로 내려지는 결정의 적용을 받지 않을 수 있습니다.',
    ],
    complaint: ['감독기관에 민원을 제기할 권리', '개인정보 보호 감독기관에 민원을 제기할 수 있습니다.'],
    know: ['알 권리', '저희가 어떤 개인정보를 수집·이용·공개하는지 알 수 있습니다.'],
    'opt-out-sale': ['판매·공유를 거부할 권리', '개인정보의 판매나 공유를 중단시킬 수 있습니다.'],
    'limit-sensitive': [
      '민감한 개인정보의 이용 및 공개를 제한할 권리',
      '저희가 민감한 개인정보를 이용하는 방식을 제한할 수 있습니다.',
    ],
    'non-discrimination': ['차별받지 않을 권리', '권리를 행사했다는 이유로 다르게 대우받지 않습니다.'],
    'opt-out-marketing': ['마케팅 메시지 수신 거부', '필수가 아닌 연락의 수신을 거부할 수 있습니다.'],
  },
  dates: {
    lang: 'ko',
    months: [
      '{y}년 1월 {d}일',
      '{y}년 2월 {d}일',
      '{y}년 3월 {d}일',
      '{y}년 4월 {d}일',
      '{y}년 5월 {d}일',
      '{y}년 6월 {d}일',
      '{y}년 7월 {d}일',
      '{y}년 8월 {d}일',
      '{y}년 9월 {d}일',
      '{y}년 10월 {d}일',
      '{y}년 11월 {d}일',
      '{y}년 12월 {d}일',
    ],
  },
};
