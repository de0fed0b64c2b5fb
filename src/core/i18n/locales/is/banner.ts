import type { bannerStrings as english } from '../../en/banner.js';

/** Icelandic UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Vafrakökur á þessum vef',
  noticeText:
    'Þessi vefur notar aðeins vafrakökur og gagnageymslu sem eru bráðnauðsynlegar til að hann virki. Þær krefjast ekki samþykkis, svo það er hvorki neitt að samþykkja né hafna.',
  cookieDetails: 'Upplýsingar um vafrakökur',
  acknowledge: 'Í lagi',
  promptTitle: 'Val þitt um persónuvernd',
  promptText:
    'Við notum bráðnauðsynlegar vafrakökur til að reka þennan vef. Ekkert valkvætt er notað fyrr en þú hefur valið, og þú getur skipt um skoðun hvenær sem er.',
  promptPurposes: (purposes: string) =>
    `Með leyfi þínu myndum við einnig nota vafrakökur í eftirfarandi tilgangi: ${purposes}.`,
  promptRecipients: (recipients: string) => `Gögn frá þeim myndu berast til: ${recipients}.`,
  promptMore: 'Sjá allar vafrakökur og hverjir fá gögnin',
  acceptAll: 'Samþykkja allar',
  rejectAll: 'Hafna öllum',
  customize: 'Sérsníða',
  reopen: 'Val um persónuvernd',
  storageUnavailable: 'Vafrinn þinn lokar á vafrakökur, svo þetta val gildir aðeins fyrir þessa síðu.',
};
