import type { requestStrings as english } from '../../en/request.js';

/** Icelandic UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Nýttu réttindi þín',
  requestTitle: 'Nýttu réttindi þín',
  requestChoose: 'Hvaða rétt viltu nýta?',
  requestEmail: 'Netfangið þitt',
  requestDetails: 'Nánari upplýsingar (valkvætt)',
  requestSubmit: 'Senda beiðni',
  requestSending: 'Sendir…',
  requestSent: (reference: string) => `Beiðni þín hefur borist.${reference ? ` Tilvísunarnúmer: ${reference}` : ''}`,
  requestByEmail: 'Senda tölvupóst',
  requestSelfService: 'Sjálfsafgreiðsla á aðganginum þínum',
  requestDeadline: (date: string) => `Við svörum eigi síðar en ${date}.`,
  requestNoIdentity: 'Ekki verður farið fram á persónuskilríki vegna þessarar beiðni.',
  requestRetry: 'Reyna aftur',
  requestFailed: (reason: string) =>
    `Ekki tókst að senda beiðnina (${reason}). Ekkert af því sem þú slóst inn glataðist: reyndu aftur eða sendu hana með tölvupósti.`,
  requestUncertain:
    'Ekkert svar barst í tæka tíð, svo mögulega hefur beiðnin ekki borist. Ekkert af því sem þú slóst inn glataðist: reyndu aftur (hún verður ekki talin tvisvar) eða sendu hana með tölvupósti.',
  requestNetworkError: 'engin tenging',
  requestServerError: (status: number) => `þjónninn svaraði með ${status}`,
  requestBadReply: 'svar þjónsins var ekki staðfesting',
  requestOptional: '(valkvætt)',
  requestNoMethod:
    'Þessi stefna tilgreinir enga leið til að leggja þessa beiðni fram á netinu. Notaðu samskiptaupplýsingarnar í persónuverndarstefnunni.',
  invalidEmail: 'Sláðu inn netfang, t.d. nafn@example.com.',
  required: 'Þennan reit þarf að fylla út.',
  back: 'Til baka',
  requestObjectionTitle: 'Réttur þinn til að andmæla',
  requestOtherRights: 'Önnur réttindi þín',
  requestNoEmail: 'Þessi stefna tilgreinir ekkert netfang fyrir beiðnir.',
  requestNoRights: 'Þessi stefna tilgreinir engin réttindi sem þú getur óskað eftir hér.',
  requestBody: (right: string) => `Ég óska eftir að nýta rétt minn: ${right}.`,
  requestFrom: (email: string) => `Netfangið mitt: ${email}`,
};
