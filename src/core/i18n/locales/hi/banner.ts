import type { bannerStrings as english } from '../../en/banner.js';

/** Hindi UI strings: the cookie banner’s first layer. */
export const bannerStrings: typeof english = {
  noticeTitle: 'इस साइट पर कुकीज़',
  noticeText:
    'यह साइट केवल वही कुकीज़ और स्टोरेज इस्तेमाल करती है जो इसके काम करने के लिए बिल्कुल ज़रूरी हैं। इनके लिए सहमति की ज़रूरत नहीं होती, इसलिए स्वीकार या अस्वीकार करने के लिए कुछ नहीं है।',
  cookieDetails: 'कुकी का विवरण',
  acknowledge: 'ठीक है',
  promptTitle: 'आपके गोपनीयता विकल्प',
  promptText:
    'इस साइट को चलाने के लिए हम बिल्कुल ज़रूरी कुकीज़ इस्तेमाल करते हैं। जब तक आप चुनाव नहीं करते, तब तक कुछ भी वैकल्पिक इस्तेमाल नहीं किया जाता, और आप कभी भी अपना निर्णय बदल सकते हैं।',
  promptPurposes: (purposes: string) => `आपकी अनुमति से हम इन कामों के लिए भी कुकीज़ इस्तेमाल करेंगे: ${purposes}।`,
  promptRecipients: (recipients: string) => `इनसे मिला डेटा इन्हें भेजा जाएगा: ${recipients}।`,
  promptMore: 'हर कुकी देखें और जानें कि डेटा किसे मिलता है',
  acceptAll: 'सभी स्वीकार करें',
  rejectAll: 'सभी अस्वीकार करें',
  customize: 'कस्टमाइज़ करें',
  reopen: 'गोपनीयता विकल्प',
  storageUnavailable: 'आपका ब्राउज़र कुकीज़ को ब्लॉक करता है, इसलिए यह विकल्प केवल इसी पेज पर लागू होगा।',
};
