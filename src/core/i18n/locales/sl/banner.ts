import type { bannerStrings as english } from '../../en/banner.js';

/** Slovenian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Piškotki na tem spletnem mestu',
  noticeText:
    'To spletno mesto uporablja samo piškotke in shrambo, ki so nujno potrebni za njegovo delovanje. Zanje ni potrebna privolitev, zato ni ničesar, kar bi lahko sprejeli ali zavrnili.',
  cookieDetails: 'Podrobnosti o piškotkih',
  acknowledge: 'Razumem',
  promptTitle: 'Vaše izbire glede zasebnosti',
  promptText:
    'Za delovanje tega spletnega mesta uporabljamo nujno potrebne piškotke. Ničesar neobveznega ne uporabimo, dokler se ne odločite, svojo odločitev pa lahko kadar koli spremenite.',
  promptPurposes: (purposes: string) => `Z vašo privolitvijo bi piškotke uporabljali tudi za te namene: ${purposes}.`,
  promptRecipients: (recipients: string) => `Podatki iz njih bi bili posredovani tem prejemnikom: ${recipients}.`,
  promptMore: 'Oglejte si vse piškotke in prejemnike podatkov',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  reopen: 'Izbire glede zasebnosti',
  storageUnavailable: 'Vaš brskalnik blokira piškotke, zato ta izbira velja samo za to stran.',
};
