import type { bannerStrings as english } from '../../en/banner.js';

/** Latvian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Sīkdatnes šajā vietnē',
  noticeText:
    'Šī vietne izmanto tikai tādas sīkdatnes un datu glabāšanu, kas ir obligāti nepieciešamas tās darbībai. Tām nav vajadzīga piekrišana, tāpēc nav nekā, ko pieņemt vai noraidīt.',
  cookieDetails: 'Informācija par sīkdatnēm',
  acknowledge: 'Sapratu',
  promptTitle: 'Jūsu privātuma izvēles',
  promptText:
    'Mēs izmantojam obligāti nepieciešamās sīkdatnes, lai nodrošinātu šīs vietnes darbību. Nekas neobligāts netiek izmantots, pirms jūs to izvēlaties, un savu izvēli varat mainīt jebkurā laikā.',
  promptPurposes: (purposes: string) => `Ar jūsu atļauju mēs sīkdatnes izmantotu arī šādiem nolūkiem: ${purposes}.`,
  promptRecipients: (recipients: string) => `To dati tiktu nosūtīti šiem saņēmējiem: ${recipients}.`,
  promptMore: 'Skatīt visas sīkdatnes un datu saņēmējus',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  reopen: 'Privātuma izvēles',
  storageUnavailable: 'Jūsu pārlūkprogramma bloķē sīkdatnes, tāpēc šī izvēle attiecas tikai uz šo lapu.',
};
