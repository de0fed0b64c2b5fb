import type { storageStrings as english } from '../../en/storage.js';

/** Dutch UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'Eigen',
  thirdParty: 'Derde partij',
  session: 'Tot u de browser sluit',
  unspecified: 'Niet vermeld in de privacyverklaring',
  name: 'Naam',
  purpose: 'Doel',
  duration: 'Bewaartermijn',
  provider: 'Geplaatst door',
  necessaryCategory: 'Strikt noodzakelijk',
  choiceCookie: 'Onthoudt uw privacykeuzes',
  kinds: {
    localStorage: 'lokale opslag',
    sessionStorage: 'sessieopslag',
    indexedDB: 'IndexedDB',
    pixel: 'trackingpixel',
    other: 'andere opslag',
  } as Record<string, string>,
};
