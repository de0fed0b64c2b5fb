import type { bannerStrings as english } from '../../en/banner.js';

/** Lithuanian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Slapukai šioje svetainėje',
  noticeText:
    'Ši svetainė naudoja tik tuos slapukus ir saugyklą, kurie būtini jai veikti. Jiems nereikia sutikimo, todėl nėra ko priimti ar atmesti.',
  cookieDetails: 'Išsami informacija apie slapukus',
  acknowledge: 'Supratau',
  promptTitle: 'Jūsų privatumo pasirinkimai',
  promptText:
    'Šiai svetainei veikti naudojame būtinuosius slapukus. Niekas, kas neprivaloma, nenaudojama, kol nepasirinksite, o savo sprendimą galite bet kada pakeisti.',
  promptPurposes: (purposes: string) => `Jums leidus, slapukus taip pat naudotume šiais tikslais: ${purposes}.`,
  promptRecipients: (recipients: string) => `Jų duomenys būtų perduodami šiems gavėjams: ${recipients}.`,
  promptMore: 'Peržiūrėti visus slapukus ir duomenų gavėjus',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  reopen: 'Privatumo pasirinkimai',
  storageUnavailable: 'Jūsų naršyklė blokuoja slapukus, todėl šis pasirinkimas galioja tik šiame puslapyje.',
};
