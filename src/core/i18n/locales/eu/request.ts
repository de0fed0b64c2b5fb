import type { requestStrings as english } from '../../en/request.js';

/** Basque UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Egin pribatutasun-eskaera bat',
  requestTitle: 'Egin pribatutasun-eskaera bat',
  requestChoose: 'Zein eskubide baliatu nahi duzu?',
  requestEmail: 'Zure helbide elektronikoa',
  requestDetails: 'Xehetasunak (aukerakoa)',
  requestSubmit: 'Bidali eskaera',
  requestSending: 'Bidaltzen…',
  requestSent: (reference: string) => `Zure eskaera jaso dugu.${reference ? ` Erreferentzia: ${reference}` : ''}`,
  requestByEmail: 'Idatzi mezu elektroniko bat',
  requestSelfService: 'Egin zeuk zure kontuan',
  requestDeadline: (date: string) => `Erantzuteko epea: ${date}.`,
  requestNoIdentity: 'Eskaera honetarako ez zaizu nortasun-agiririk eskatuko.',
  requestRetry: 'Saiatu berriro',
  requestFailed: (reason: string) =>
    `Ezin izan da zure eskaera bidali (${reason}). Idatzi duzun ezer ez da galdu: saiatu berriro, edo bidali posta elektronikoz.`,
  requestUncertain:
    'Ez dugu erantzunik jaso garaiz; beraz, baliteke zure eskaera iritsi ez izana. Idatzi duzun ezer ez da galdu: saiatu berriro (ez da bi aldiz zenbatuko), edo bidali posta elektronikoz.',
  requestNetworkError: 'ez dago konexiorik',
  requestServerError: (status: number) => `zerbitzariak kode honekin erantzun du: ${status}`,
  requestBadReply: 'zerbitzariaren erantzuna ez zen berrespen bat',
  requestOptional: '(aukerakoa)',
  requestNoMethod:
    'Politika honek ez du adierazten eskaera hau sarean egiteko modurik. Erabili pribatutasun-politikako harremanetarako datuak.',
  invalidEmail: 'Idatzi helbide elektroniko bat; adibidez, name@example.com.',
  required: 'Eremu hau derrigorrezkoa da.',
  back: 'Atzera',
  requestObjectionTitle: 'Aurka egiteko duzun eskubidea',
  requestOtherRights: 'Zure beste eskubideak',
  requestNoEmail: 'Politika honek ez du eskaeretarako helbide elektronikorik adierazten.',
  requestNoRights: 'Politika honek ez du hemen eska dezakezun eskubiderik zerrendatzen.',
  requestBody: (right: string) => `Eskubide hau baliatu nahi dut: ${right}.`,
  requestFrom: (email: string) => `Nire helbide elektronikoa: ${email}`,
};
