import type { bannerStrings as english } from '../../en/banner.js';

/** Dutch UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies op deze website',
  noticeText:
    'Deze website gebruikt alleen cookies en opslag die strikt noodzakelijk zijn om te werken. Daarvoor is geen toestemming nodig, dus er valt niets te accepteren of te weigeren.',
  cookieDetails: 'Cookiedetails',
  acknowledge: 'Begrepen',
  promptTitle: 'Uw privacykeuzes',
  promptText:
    'We gebruiken strikt noodzakelijke cookies om deze website te laten werken. Er wordt niets optioneels gebruikt totdat u een keuze maakt, en u kunt uw keuze op elk moment wijzigen.',
  promptPurposes: (purposes: string) => `Met uw toestemming zouden we ook cookies gebruiken voor: ${purposes}.`,
  promptRecipients: (recipients: string) => `De gegevens daaruit zouden gaan naar: ${recipients}.`,
  promptMore: 'Bekijk alle cookies en wie de gegevens ontvangt',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  preferencesTitle: 'Privacyvoorkeuren',
  save: 'Keuzes opslaan',
  alwaysOn: 'Altijd aan',
  reopen: 'Privacykeuzes',
  storageUnavailable: 'Uw browser blokkeert cookies, dus deze keuze geldt alleen voor deze pagina.',
  embedHeld: (provider: string, purpose: string) =>
    `Deze inhoud komt van ${provider}. Als u deze laadt, kan ${provider} cookies plaatsen voor: ${purpose}.`,
  embedLoadOnce: 'Eenmalig laden',
  embedAlwaysAllow: (category: string) => `${category} altijd toestaan`,
  signalConflict:
    'Uw browser verstuurt een privacysignaal dat bezwaar maakt tegen verkoop en delen. Wij respecteren dat, dus deze categorieën blijven uit zolang het signaal aan staat.',
};
