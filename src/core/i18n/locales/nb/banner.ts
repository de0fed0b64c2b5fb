import type { bannerStrings as english } from '../../en/banner.js';

/** Norwegian Bokmål UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Informasjonskapsler på dette nettstedet',
  noticeText:
    'Dette nettstedet bruker bare informasjonskapsler og lagring som er strengt nødvendige for at det skal fungere. De krever ikke samtykke, så det er ingenting å godta eller avvise.',
  cookieDetails: 'Detaljer om informasjonskapsler',
  acknowledge: 'OK',
  promptTitle: 'Dine personvernvalg',
  promptText:
    'Vi bruker strengt nødvendige informasjonskapsler for å drive dette nettstedet. Ingenting valgfritt tas i bruk før du har valgt, og du kan når som helst ombestemme deg.',
  promptPurposes: (purposes: string) => `Med din tillatelse vil vi også bruke informasjonskapsler til: ${purposes}.`,
  promptRecipients: (recipients: string) => `Data fra dem vil bli sendt til: ${recipients}.`,
  promptMore: 'Se alle informasjonskapsler og hvem som mottar dataene',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  reopen: 'Personvernvalg',
  storageUnavailable: 'Nettleseren din blokkerer informasjonskapsler, så dette valget gjelder bare for denne siden.',
};
