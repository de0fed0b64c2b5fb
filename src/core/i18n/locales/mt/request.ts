import type { requestStrings as english } from '../../en/request.js';

/** Maltese UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Agħmel talba dwar il-privatezza',
  requestTitle: 'Agħmel talba dwar il-privatezza',
  requestChoose: 'Liema dritt trid teżerċita?',
  requestEmail: 'L-indirizz tal-email tiegħek',
  requestDetails: 'Dettalji (fakultattiv)',
  requestSubmit: 'Ibgħat it-talba',
  requestSending: 'Qed tintbagħat…',
  requestSent: (reference: string) => `Irċevejna t-talba tiegħek.${reference ? ` Referenza: ${reference}` : ''}`,
  requestByEmail: 'Ikteb email',
  requestSelfService: 'Agħmilha int stess mill-kont tiegħek',
  requestDeadline: (date: string) => `Inwieġbu sa ${date}.`,
  requestNoIdentity: 'Għal din it-talba mhux se jintalbulek dokumenti tal-identità.',
  requestRetry: 'Erġa’ pprova',
  requestFailed: (reason: string) =>
    `It-talba tiegħek ma setgħetx tintbagħat (${reason}). Xejn minn dak li daħħalt ma ntilef: erġa’ pprova, jew ibgħatha bl-email.`,
  requestUncertain:
    'Ma rċevejniex tweġiba fil-ħin, għalhekk jista’ jkun li t-talba tiegħek ma waslitx. Xejn minn dak li daħħalt ma ntilef: erġa’ pprova (mhux se tingħadd darbtejn), jew ibgħatha bl-email.',
  requestNetworkError: 'l-ebda konnessjoni',
  requestServerError: (status: number) => `is-server wieġeb bil-kodiċi ${status}`,
  requestBadReply: 'it-tweġiba tas-server ma kinitx konferma',
  requestOptional: '(fakultattiv)',
  requestNoMethod:
    'Din il-politika ma ssemmi l-ebda mod kif issir din it-talba online. Uża d-dettalji ta’ kuntatt fil-politika tal-privatezza.',
  invalidEmail: 'Daħħal indirizz tal-email, bħal name@example.com.',
  required: 'Dan il-qasam huwa obbligatorju.',
  back: 'Lura',
  requestObjectionTitle: 'Id-dritt tiegħek li toġġezzjona',
  requestOtherRights: 'Id-drittijiet l-oħra tiegħek',
  requestNoEmail: 'Din il-politika ma ssemmi l-ebda indirizz tal-email għat-talbiet.',
  requestNoRights: 'Din il-politika ma telenka l-ebda dritt li tista’ titlob hawn.',
  requestBody: (right: string) => `Nixtieq neżerċita d-dritt tiegħi: ${right}.`,
  requestFrom: (email: string) => `L-indirizz tal-email tiegħi: ${email}`,
};
