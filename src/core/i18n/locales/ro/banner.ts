import type { bannerStrings as english } from '../../en/banner.js';

/** Romanian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookie-uri pe acest site',
  noticeText:
    'Acest site folosește doar cookie-uri și stocare strict necesare pentru funcționarea sa. Acestea nu necesită consimțământ, așa că nu există nimic de acceptat sau de refuzat.',
  cookieDetails: 'Detalii despre cookie-uri',
  acknowledge: 'Am înțeles',
  promptTitle: 'Opțiunile dumneavoastră privind confidențialitatea',
  promptText:
    'Folosim cookie-uri strict necesare pentru funcționarea acestui site. Nimic opțional nu este folosit până nu alegeți, și vă puteți răzgândi oricând.',
  promptPurposes: (purposes: string) => `Cu permisiunea dumneavoastră, am folosi cookie-uri și pentru: ${purposes}.`,
  promptRecipients: (recipients: string) => `Datele obținute prin acestea ar ajunge la: ${recipients}.`,
  promptMore: 'Vedeți toate cookie-urile și cine primește datele',
  acceptAll: 'Acceptați toate',
  rejectAll: 'Respingeți toate',
  customize: 'Personalizați',
  reopen: 'Opțiuni de confidențialitate',
  storageUnavailable:
    'Browserul dumneavoastră blochează cookie-urile, așa că această alegere se aplică doar acestei pagini.',
};
