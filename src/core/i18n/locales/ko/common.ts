import type { commonStrings as english } from '../../en/common.js';

/** Korean UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: '개인정보 처리방침을 불러오는 중…',
  loadError:
    '개인정보 처리방침을 불러올 수 없어 지금은 개인정보 보호 선택을 제공할 수 없습니다. 선택 항목은 하나도 활성화되지 않았습니다.',
  invalidPolicy:
    '이 사이트의 개인정보 처리방침에 오류가 있어 지금은 개인정보 보호 선택을 제공할 수 없습니다. 선택 항목은 하나도 활성화되지 않았습니다.',
  close: '닫기',
  policyLink: '개인정보 처리방침 전문 보기',
  listAnd: ['ko', ' 및 ', ', ', ' 및 '],
};
