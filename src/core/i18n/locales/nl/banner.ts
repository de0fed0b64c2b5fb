import type { bannerStrings as english } from '../../en/banner.js';

/** Dutch UI strings: the cookie banner’s first layer. */
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
  reopen: 'Privacykeuzes',
  storageUnavailable: 'Uw browser blokkeert cookies, dus deze keuze geldt alleen voor deze pagina.',
};
