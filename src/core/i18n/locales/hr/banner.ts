import type { bannerStrings as english } from '../../en/banner.js';

/** Croatian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Kolačići na ovoj web-stranici',
  noticeText:
    'Ova web-stranica upotrebljava samo kolačiće i pohranu koji su strogo nužni za njezin rad. Za njih nije potrebna privola, pa nema ničega što biste trebali prihvatiti ili odbiti.',
  cookieDetails: 'Pojedinosti o kolačićima',
  acknowledge: 'Razumijem',
  promptTitle: 'Vaše postavke privatnosti',
  promptText:
    'Za rad ove web-stranice upotrebljavamo strogo nužne kolačiće. Ništa neobavezno ne upotrebljavamo dok ne odaberete, a svoju odluku možete promijeniti u bilo kojem trenutku.',
  promptPurposes: (purposes: string) => `Uz vašu privolu kolačiće bismo upotrebljavali i u ove svrhe: ${purposes}.`,
  promptRecipients: (recipients: string) => `Podaci iz njih išli bi ovim primateljima: ${recipients}.`,
  promptMore: 'Pogledaj sve kolačiće i primatelje podataka',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  reopen: 'Odabiri privatnosti',
  storageUnavailable: 'Vaš preglednik blokira kolačiće, pa ovaj odabir vrijedi samo za ovu stranicu.',
};
