import type { signalsStrings as english } from '../../en/signals.js';

/** Hindi UI strings: what `<privacy-signals>` tells the visitor. */
export const signalsStrings: typeof english = {
  gpcHonoured:
    'आपके ब्राउज़र का Global Privacy Control सिग्नल पहचाना गया और बिक्री व साझाकरण से ऑप्ट-आउट के रूप में उसका पालन किया गया।',
  gpcNotHonoured: 'आपका ब्राउज़र Global Privacy Control सिग्नल भेजता है। यह साइट उस पर कोई कार्रवाई नहीं करती।',
  gpcNothingToStop:
    'आपका ब्राउज़र Global Privacy Control सिग्नल भेजता है। यह साइट व्यक्तिगत जानकारी न तो बेचती है और न ही साझा करती है, इसलिए ऑप्ट-आउट करने के लिए कुछ नहीं है।',
  gpcOff: 'आपका ब्राउज़र Global Privacy Control को सपोर्ट करता है, और यह सिग्नल बंद है।',
  dntHonoured:
    'आपके ब्राउज़र का Do Not Track सिग्नल पहचाना गया और बिक्री, साझाकरण और लक्षित विज्ञापन से ऑप्ट-आउट के रूप में उसका पालन किया गया।',
  dntNotHonoured: 'आपका ब्राउज़र Do Not Track सिग्नल भेजता है।',
  noSignal: 'आपका ब्राउज़र कोई गोपनीयता सिग्नल नहीं भेजता।',
};
