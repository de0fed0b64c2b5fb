import type { requestStrings as english } from '../../en/request.js';

/** Irish UI strings: the data-subject request launcher and form. */
export const requestStrings: typeof english = {
  requestLauncher: 'Déan iarratas príobháideachais',
  requestTitle: 'Déan iarratas príobháideachais',
  requestChoose: 'Cén ceart is mian leat a fheidhmiú?',
  requestEmail: 'Do sheoladh ríomhphoist',
  requestDetails: 'Sonraí breise (roghnach)',
  requestSubmit: 'Seol an t-iarratas',
  requestSending: 'Á sheoladh…',
  requestSent: (reference: string) => `Fuarthas d’iarratas.${reference ? ` Uimhir thagartha: ${reference}` : ''}`,
  requestByEmail: 'Scríobh ríomhphost',
  requestSelfService: 'Déan féin é i do chuntas',
  requestDeadline: (date: string) => `Tabharfaimid freagra faoi ${date}.`,
  requestNoIdentity: 'Ní iarrfar doiciméid aitheantais ort don iarratas seo.',
  requestRetry: 'Bain triail eile as',
  requestFailed: (reason: string) =>
    `Níorbh fhéidir d’iarratas a sheoladh (${reason}). Níor cailleadh aon rud a chuir tú isteach: bain triail eile as, nó seol é trí ríomhphost.`,
  requestUncertain:
    'Ní bhfuaireamar freagra in am, mar sin b’fhéidir nár shroich d’iarratas sinn. Níor cailleadh aon rud a chuir tú isteach: bain triail eile as (ní áireofar faoi dhó é), nó seol é trí ríomhphost.',
  requestNetworkError: 'gan cheangal',
  requestServerError: (status: number) => `d’fhreagair an freastalaí le cód ${status}`,
  requestBadReply: 'ní dearbhú a bhí i bhfreagra an fhreastalaí',
  requestOptional: '(roghnach)',
  requestNoMethod:
    'Ní luann an polasaí seo aon bhealach chun an t-iarratas seo a dhéanamh ar líne. Bain úsáid as na sonraí teagmhála sa pholasaí príobháideachais.',
  invalidEmail: 'Cuir isteach seoladh ríomhphoist, mar shampla ainm@example.com.',
  required: 'Tá an réimse seo riachtanach.',
  back: 'Siar',
  requestObjectionTitle: 'Do cheart agóid a dhéanamh',
  requestOtherRights: 'Do chearta eile',
  requestNoEmail: 'Ní luann an polasaí seo aon seoladh ríomhphoist le haghaidh iarratas.',
  requestNoRights: 'Ní liostaíonn an polasaí seo aon chearta ar féidir leat iarratas a dhéanamh orthu anseo.',
  requestBody: (right: string) => `Ba mhaith liom mo cheart a fheidhmiú: ${right}.`,
  requestFrom: (email: string) => `Mo sheoladh ríomhphoist: ${email}`,
};
