import type { storageStrings as english } from '../../en/storage.js';

/** Korean UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: '자사',
  thirdParty: '제3자',
  session: '브라우저를 닫을 때까지',
  unspecified: '방침에 명시되지 않음',
  name: '이름',
  purpose: '목적',
  duration: '보관 기간',
  provider: '설정 주체',
  necessaryCategory: '필수',
  choiceCookie: '개인정보 보호 선택 사항을 기억합니다',
  durations: {
    lang: 'ko',
    years: { other: '#년' },
    months: { other: '#개월' },
    weeks: { other: '#주' },
    days: { other: '#일' },
    hours: { other: '#시간' },
    minutes: { other: '#분' },
    seconds: { other: '#초' },
  },
  kinds: {
    localStorage: '로컬 스토리지',
    sessionStorage: '세션 스토리지',
    indexedDB: 'IndexedDB',
    pixel: '픽셀',
    other: '기타 저장소',
  } as Record<string, string>,
};
