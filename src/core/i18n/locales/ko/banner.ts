import type { bannerStrings as english } from '../../en/banner.js';

/** Korean UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: '이 사이트의 쿠키',
  noticeText:
    '이 사이트는 작동에 반드시 필요한 쿠키와 저장소만 사용합니다. 이러한 쿠키와 저장소에는 동의가 필요하지 않으므로 수락하거나 거부할 항목이 없습니다.',
  cookieDetails: '쿠키 세부 정보',
  acknowledge: '확인',
  promptTitle: '개인정보 보호 선택',
  promptText:
    '이 사이트 운영에는 반드시 필요한 쿠키를 사용합니다. 선택하시기 전에는 선택 항목을 전혀 사용하지 않으며, 언제든지 선택을 바꾸실 수 있습니다.',
  promptPurposes: (purposes: string) => `동의하시면 다음 목적으로도 쿠키를 사용합니다: ${purposes}.`,
  promptRecipients: (recipients: string) => `해당 데이터는 다음 수신자에게 전달됩니다: ${recipients}.`,
  promptMore: '모든 쿠키와 데이터 수신자 보기',
  acceptAll: '모두 수락',
  rejectAll: '모두 거부',
  customize: '사용자 지정',
  reopen: '개인정보 보호 선택',
  storageUnavailable: '브라우저에서 쿠키를 차단하고 있어 이 선택은 이 페이지에만 적용됩니다.',
};
