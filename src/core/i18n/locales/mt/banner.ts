import type { bannerStrings as english } from '../../en/banner.js';

/** Maltese UI strings: the cookie banner and its preferences dialog. */
export const bannerStrings: typeof english = {
  noticeTitle: 'Cookies f’dan is-sit',
  noticeText:
    'Dan is-sit juża biss cookies u ħażna strettament meħtieġa biex jaħdem. Dawn ma jeħtiġux kunsens, għalhekk m’hemm xejn x’taċċetta jew tirrifjuta.',
  cookieDetails: 'Dettalji tal-cookies',
  acknowledge: 'OK',
  promptTitle: 'L-għażliet tiegħek dwar il-privatezza',
  promptText:
    'Nużaw cookies strettament meħtieġa biex inħaddmu dan is-sit. Xejn fakultattiv ma jintuża qabel ma tagħżel, u tista’ tibdel fehmtek fi kwalunkwe ħin.',
  promptPurposes: (purposes: string) => `Bil-permess tiegħek, inkunu nużaw cookies ukoll għal: ${purposes}.`,
  promptRecipients: (recipients: string) => `Id-data minnhom tkun tmur għand: ${recipients}.`,
  promptMore: 'Ara kull cookie u min jirċievi d-data',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  preferencesTitle: 'Preferenzi tal-privatezza',
  save: 'Aħżen l-għażliet',
  alwaysOn: 'Dejjem attivi',
  reopen: 'Għażliet tal-privatezza',
  storageUnavailable: 'Il-browser tiegħek jimblokka l-cookies, għalhekk din l-għażla tapplika għal din il-paġna biss.',
  embedHeld: (provider: string, purpose: string) =>
    `Dan il-kontenut ġej minn ${provider}. Jekk tgħabbih, ${provider} ikun jista’ jpoġġi cookies għal: ${purpose}.`,
  embedLoadOnce: 'Għabbi dan darba biss',
  embedAlwaysAllow: (category: string) => `Dejjem ippermetti: ${category}`,
  signalConflict:
    'Il-browser tiegħek jibgħat sinjal ta’ privatezza li jirrifjuta l-bejgħ u l-qsim. Aħna nirrispettawh, għalhekk dawn il-kategoriji jibqgħu mitfija sakemm is-sinjal ikun mixgħul.',
};
