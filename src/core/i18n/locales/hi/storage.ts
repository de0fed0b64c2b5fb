import type { storageStrings as english } from '../../en/storage.js';

/** Hindi UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings: typeof english = {
  firstParty: 'प्रथम पक्ष',
  thirdParty: 'तृतीय पक्ष',
  session: 'ब्राउज़र बंद करने तक',
  unspecified: 'नीति में नहीं बताया गया',
  name: 'नाम',
  purpose: 'उद्देश्य',
  duration: 'अवधि',
  provider: 'किसने सेट किया',
  necessaryCategory: 'बिल्कुल ज़रूरी',
  choiceCookie: 'आपके गोपनीयता विकल्पों को याद रखने के लिए',
  durations: {
    lang: 'hi',
    years: { other: '# वर्ष' },
    months: { one: '# महीना', other: '# महीने' },
    weeks: { other: '# सप्ताह' },
    days: { other: '# दिन' },
    hours: { one: '# घंटा', other: '# घंटे' },
    minutes: { other: '# मिनट' },
    seconds: { other: '# सेकंड' },
  },
  kinds: {
    localStorage: 'लोकल स्टोरेज',
    sessionStorage: 'सेशन स्टोरेज',
    indexedDB: 'IndexedDB',
    pixel: 'पिक्सेल',
    other: 'अन्य स्टोरेज',
  } as Record<string, string>,
};
