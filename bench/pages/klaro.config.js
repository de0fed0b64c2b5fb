// Klaro 0.7: read by klaro.js when it loads (so this file comes first).
// One required "necessary" purpose and one optional "analytics" purpose,
// English, a non-modal notice at the bottom, stretched to full width.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  styling: { theme: ['light', 'bottom', 'wide'] },
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 182,
  default: false,
  mustConsent: false,
  noticeAsModal: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  groupByPurpose: true,
  htmlTexts: false,
  // Shown like the other pages: a title, and the link to the policy inside the notice text.
  showNoticeTitle: true,
  lang: 'en',
  privacyPolicy: '/bench/pages/',
  translations: {
    en: {
      consentNotice: {
        title: 'Your privacy choices',
        description:
          'We use strictly necessary cookies to run this site. With your permission we would also use optional ones. Nothing optional is used until you choose, and you can change your mind at any time. {privacyPolicy}',
        learnMore: 'Customize',
      },
      privacyPolicy: {
        name: 'Read the full privacy policy',
        text: '{privacyPolicy}',
      },
      ok: 'Accept all',
      decline: 'Reject all',
      purposes: {
        necessary: { title: 'Strictly necessary' },
        analytics: { title: 'Analytics', description: 'Counts visits so we can improve the site.' },
      },
    },
  },
  services: [
    {
      name: 'privacy-consent',
      title: 'Consent record',
      description: 'Remembers your privacy choices.',
      purposes: ['necessary'],
      required: true,
      cookies: ['klaro'],
    },
    {
      name: 'stats',
      title: 'Statistics',
      description: 'Tells visits apart.',
      purposes: ['analytics'],
      cookies: ['_stats'],
    },
  ],
};
