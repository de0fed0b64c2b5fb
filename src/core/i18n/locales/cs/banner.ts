import type { bannerStrings as english } from '../../en/banner.js';

/** Czech UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Soubory cookie na tomto webu',
  noticeText:
    'Tento web používá pouze soubory cookie a úložiště, které jsou nezbytně nutné pro jeho fungování. Nevyžadují souhlas, takže není co přijmout ani odmítnout.',
  cookieDetails: 'Podrobnosti o souborech cookie',
  acknowledge: 'Rozumím',
  promptTitle: 'Vaše nastavení soukromí',
  promptText:
    'K provozu tohoto webu používáme nezbytně nutné soubory cookie. Nic volitelného nepoužijeme, dokud se nerozhodnete, a své rozhodnutí můžete kdykoli změnit.',
  promptPurposes: (purposes: string) =>
    `S vaším souhlasem bychom soubory cookie používali také k těmto účelům: ${purposes}.`,
  promptRecipients: (recipients: string) => `Data z nich by získali tito příjemci: ${recipients}.`,
  promptMore: 'Zobrazit všechny soubory cookie a příjemce dat',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  reopen: 'Nastavení soukromí',
  storageUnavailable: 'Váš prohlížeč blokuje soubory cookie, takže tato volba platí jen pro tuto stránku.',
};
