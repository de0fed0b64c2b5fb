import type { commonStrings as english } from '../../en/common.js';

/** Hindi UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'गोपनीयता नीति लोड हो रही है…',
  loadError:
    'गोपनीयता नीति लोड नहीं हो सकी, इसलिए अभी कोई गोपनीयता विकल्प नहीं दिए जा सकते। कुछ भी वैकल्पिक चालू नहीं किया गया है।',
  invalidPolicy:
    'इस साइट की गोपनीयता नीति में त्रुटियाँ हैं, इसलिए अभी कोई गोपनीयता विकल्प नहीं दिए जा सकते। कुछ भी वैकल्पिक चालू नहीं किया गया है।',
  close: 'बंद करें',
  policyLink: 'पूरी गोपनीयता नीति पढ़ें',
  listAnd: ['hi', ' और ', ', ', ', और '],
};
