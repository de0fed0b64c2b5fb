import type { bannerStrings as english } from '../../en/banner.js';

/** Danish UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies på dette websted',
  noticeText:
    'Dette websted bruger kun cookies og lagring, der er strengt nødvendige for, at det kan fungere. De kræver ikke samtykke, så der er intet at acceptere eller afvise.',
  cookieDetails: 'Oplysninger om cookies',
  acknowledge: 'OK',
  promptTitle: 'Dine privatlivsvalg',
  promptText:
    'Vi bruger strengt nødvendige cookies til at drive dette websted. Intet valgfrit bruges, før du har truffet et valg, og du kan når som helst ændre mening.',
  promptPurposes: (purposes: string) => `Med din tilladelse vil vi også bruge cookies til: ${purposes}.`,
  promptRecipients: (recipients: string) => `Data fra dem vil blive sendt til: ${recipients}.`,
  promptMore: 'Se alle cookies, og hvem der modtager dataene',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  reopen: 'Privatlivsvalg',
  storageUnavailable: 'Din browser blokerer cookies, så dette valg gælder kun for denne side.',
};
