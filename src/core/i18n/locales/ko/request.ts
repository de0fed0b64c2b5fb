import type { requestStrings as english } from '../../en/request.js';

/** Korean UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: '개인정보 관련 요청하기',
  requestTitle: '개인정보 관련 요청하기',
  requestChoose: '어떤 권리를 행사하시겠습니까?',
  requestEmail: '이메일 주소',
  requestDetails: '세부 내용(선택)',
  requestSubmit: '요청 보내기',
  requestSending: '보내는 중…',
  requestSent: (reference: string) => `요청이 접수되었습니다.${reference ? ` 접수 번호: ${reference}` : ''}`,
  requestByEmail: '이메일 보내기',
  requestSelfService: '계정에서 직접 처리하기',
  requestDeadline: (date: string) => `${date}까지 답변드리겠습니다.`,
  requestNoIdentity: '이 요청에는 신분증명서를 요구하지 않습니다.',
  requestRetry: '다시 시도',
  requestFailed: (reason: string) =>
    `요청을 보내지 못했습니다(${reason}). 입력하신 내용은 그대로 남아 있습니다. 다시 시도하시거나 이메일로 보내 주세요.`,
  requestUncertain:
    '제시간에 응답을 받지 못해 요청이 전달되지 않았을 수 있습니다. 입력하신 내용은 그대로 남아 있습니다. 다시 시도하시거나(중복 접수되지 않습니다) 이메일로 보내 주세요.',
  requestNetworkError: '인터넷 연결 없음',
  requestServerError: (status: number) => `서버 응답 코드 ${status}`,
  requestBadReply: '서버 응답이 접수 확인이 아님',
  requestOptional: '(선택)',
  requestNoMethod:
    '이 방침에는 이 요청을 온라인으로 할 수 있는 방법이 나와 있지 않습니다. 개인정보 처리방침의 연락처를 이용해 주세요.',
  invalidEmail: 'name@example.com과 같은 형식으로 이메일 주소를 입력해 주세요.',
  required: '필수 입력 항목입니다.',
  back: '뒤로',
  requestObjectionTitle: '반대할 권리',
  requestOtherRights: '기타 권리',
  requestNoEmail: '이 방침에는 요청을 위한 이메일 주소가 나와 있지 않습니다.',
  requestNoRights: '이 방침에는 여기서 요청할 수 있는 권리가 나와 있지 않습니다.',
  requestBody: (right: string) => `다음 권리를 행사하고자 합니다: ${right}.`,
  requestFrom: (email: string) => `제 이메일 주소: ${email}`,
};
