import type { bannerStrings as english } from '../../en/banner.js';

/** Czech UI strings: the cookie banner and its preferences dialog. */
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
  preferencesTitle: 'Předvolby soukromí',
  save: 'Uložit volby',
  alwaysOn: 'Vždy zapnuto',
  reopen: 'Nastavení soukromí',
  storageUnavailable: 'Váš prohlížeč blokuje soubory cookie, takže tato volba platí jen pro tuto stránku.',
  embedHeld: (provider: string, purpose: string) =>
    `Tento obsah pochází od služby ${provider}. Jeho načtením umožníte službě ${provider} ukládat soubory cookie pro tyto účely: ${purpose}.`,
  embedLoadOnce: 'Načíst jen tentokrát',
  embedAlwaysAllow: (category: string) => `Vždy povolit: ${category}`,
  signalConflict:
    'Váš prohlížeč odesílá signál ochrany soukromí, který odmítá prodej a sdílení. Respektujeme ho, takže tyto kategorie zůstanou vypnuté, dokud je signál zapnutý.',
};
