import type { bannerStrings as english } from '../../en/banner.js';

/** Maltese UI strings: the cookie banner’s first layer. */
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
  reopen: 'Għażliet tal-privatezza',
  storageUnavailable: 'Il-browser tiegħek jimblokka l-cookies, għalhekk din l-għażla tapplika għal din il-paġna biss.',
};
