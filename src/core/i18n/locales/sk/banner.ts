import type { bannerStrings as english } from '../../en/banner.js';

/** Slovak UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Súbory cookie na tejto webovej stránke',
  noticeText:
    'Táto webová stránka používa iba súbory cookie a úložisko, ktoré sú nevyhnutne potrebné na jej fungovanie. Nevyžadujú súhlas, takže nie je čo prijať ani odmietnuť.',
  cookieDetails: 'Podrobnosti o súboroch cookie',
  acknowledge: 'Rozumiem',
  promptTitle: 'Vaše nastavenia súkromia',
  promptText:
    'Na prevádzku tejto webovej stránky používame nevyhnutne potrebné súbory cookie. Nič voliteľné nepoužijeme, kým sa nerozhodnete, a svoje rozhodnutie môžete kedykoľvek zmeniť.',
  promptPurposes: (purposes: string) =>
    `S vaším súhlasom by sme súbory cookie používali aj na tieto účely: ${purposes}.`,
  promptRecipients: (recipients: string) => `Údaje z nich by dostali títo príjemcovia: ${recipients}.`,
  promptMore: 'Zobraziť všetky súbory cookie a príjemcov údajov',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Prispôsobiť',
  reopen: 'Nastavenia súkromia',
  storageUnavailable: 'Váš prehliadač blokuje súbory cookie, preto táto voľba platí len pre túto stránku.',
};
