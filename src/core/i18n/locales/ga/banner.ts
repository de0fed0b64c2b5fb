import type { bannerStrings as english } from '../../en/banner.js';

/** Irish UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Fianáin ar an suíomh seo',
  noticeText:
    'Ní úsáideann an suíomh seo ach fianáin agus stóráil atá fíor-riachtanach chun go n-oibreoidh sé. Níl toiliú ag teastáil uathu, mar sin níl aon rud le glacadh leis ná le diúltú dó.',
  cookieDetails: 'Faisnéis faoi fhianáin',
  acknowledge: 'Tuigim',
  promptTitle: 'Do roghanna príobháideachais',
  promptText:
    'Úsáidimid fianáin atá fíor-riachtanach chun an suíomh seo a rith. Ní úsáidtear aon rud roghnach go dtí go roghnaíonn tú, agus is féidir leat d’intinn a athrú am ar bith.',
  promptPurposes: (purposes: string) => `Le do chead, d’úsáidfimis fianáin freisin le haghaidh: ${purposes}.`,
  promptRecipients: (recipients: string) => `Rachadh sonraí uathu chuig: ${recipients}.`,
  promptMore: 'Féach gach fianán agus cé a fhaigheann na sonraí',
  acceptAll: 'Glac le gach ceann',
  rejectAll: 'Diúltaigh do gach ceann',
  customize: 'Saincheap',
  reopen: 'Roghanna príobháideachais',
  storageUnavailable:
    'Cuireann do bhrabhsálaí bac ar fhianáin, mar sin ní bhaineann an rogha seo ach leis an leathanach seo.',
};
