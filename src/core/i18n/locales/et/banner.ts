import type { bannerStrings as english } from '../../en/banner.js';

/** Estonian UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Küpsised sellel veebisaidil',
  noticeText:
    'See veebisait kasutab ainult küpsiseid ja salvestusruumi, mis on selle toimimiseks hädavajalikud. Need ei vaja nõusolekut, seega pole midagi, millega nõustuda või millest keelduda.',
  cookieDetails: 'Küpsiste üksikasjad',
  acknowledge: 'Sain aru',
  promptTitle: 'Teie privaatsusvalikud',
  promptText:
    'Kasutame selle veebisaidi toimimiseks hädavajalikke küpsiseid. Midagi valikulist ei kasutata enne, kui olete oma valiku teinud, ja saate oma otsust igal ajal muuta.',
  promptPurposes: (purposes: string) => `Teie loal kasutaksime küpsiseid ka järgmistel eesmärkidel: ${purposes}.`,
  promptRecipients: (recipients: string) =>
    `Nende kaudu kogutud andmed edastataks järgmistele saajatele: ${recipients}.`,
  promptMore: 'Vaadake kõiki küpsiseid ja andmete saajaid',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  reopen: 'Privaatsusvalikud',
  storageUnavailable: 'Teie brauser blokeerib küpsised, seega kehtib see valik ainult sellel lehel.',
};
