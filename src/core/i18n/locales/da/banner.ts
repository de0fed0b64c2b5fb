import type { bannerStrings as english } from '../../en/banner.js';

/** Danish UI strings: the cookie banner and its preferences dialog. */
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
  preferencesTitle: 'Privatlivsindstillinger',
  save: 'Gem valg',
  alwaysOn: 'Altid aktiv',
  reopen: 'Privatlivsvalg',
  storageUnavailable: 'Din browser blokerer cookies, så dette valg gælder kun for denne side.',
  embedHeld: (provider: string, purpose: string) =>
    `Dette indhold kommer fra ${provider}. Hvis du indlæser det, kan ${provider} placere cookies til ${purpose}.`,
  embedLoadOnce: 'Indlæs denne ene gang',
  embedAlwaysAllow: (category: string) => `Tillad altid ${category}`,
  signalConflict:
    'Din browser sender et privatlivssignal, der fravælger salg og deling. Vi respekterer det, så disse kategorier forbliver slået fra, så længe signalet er slået til.',
};
