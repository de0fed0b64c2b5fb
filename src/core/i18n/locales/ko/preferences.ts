import type { preferencesStrings as english } from '../../en/preferences.js';

/** Korean UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: '개인정보 보호 설정',
  save: '선택 저장',
  alwaysOn: '항상 사용',
  embedHeld: (provider: string, purpose: string) =>
    `이 콘텐츠는 ${provider}에서 제공합니다. 불러오면 ${provider}에서 다음 목적으로 쿠키를 설정할 수 있게 됩니다: ${purpose}.`,
  embedLoadOnce: '이번만 불러오기',
  embedAlwaysAllow: (category: string) => `${category} 항상 허용`,
  signalConflict:
    '브라우저에서 판매 및 공유를 거부하는 개인정보 보호 신호를 보내고 있습니다. 저희는 이 신호를 존중하므로, 신호가 켜져 있는 동안 이 카테고리들은 꺼진 상태로 유지됩니다.',
};
