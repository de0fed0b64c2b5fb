import type { preferencesStrings as english } from '../../en/preferences.js';

/** Hindi UI strings: the banner's preferences dialog and the placeholders of held embeds. */
export const preferencesStrings: typeof english = {
  preferencesTitle: 'गोपनीयता प्राथमिकताएँ',
  save: 'विकल्प सहेजें',
  alwaysOn: 'हमेशा चालू',
  embedHeld: (provider: string, purpose: string) =>
    `यह सामग्री ${provider} से आती है। इसे लोड करने पर ${provider} इस उद्देश्य के लिए कुकीज़ सेट कर सकेगा: ${purpose}।`,
  embedLoadOnce: 'सिर्फ़ इस बार लोड करें',
  embedAlwaysAllow: (category: string) => `${category} को हमेशा अनुमति दें`,
  signalConflict:
    'आपका ब्राउज़र एक गोपनीयता सिग्नल भेजता है, जो बिक्री और साझाकरण से ऑप्ट-आउट करता है। हम इसका पालन करते हैं, इसलिए जब तक यह चालू है, ये श्रेणियाँ बंद रहेंगी।',
};
