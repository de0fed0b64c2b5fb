// vanilla-cookieconsent v3: one strictly necessary category, one optional
// analytics category, English, a bar at the bottom of the viewport (not a modal).
// The texts are the ones privacy-elements shows.
// hideFromBots is on by default and hides the banner when navigator.webdriver
// is true, which it is under automation; a real visitor would see it, so it is
// turned off here (it changes nothing else).
window.CookieConsent.run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
  },
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true, flipButtons: false },
    preferencesModal: { layout: 'box' },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Your privacy choices',
          description:
            'We use strictly necessary cookies to run this site. With your permission we would also use optional ones. Nothing optional is used until you choose, and you can change your mind at any time. <a href="/bench/pages/">Read the full privacy policy</a>',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Privacy preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save choices',
          closeIconLabel: 'Close',
          sections: [
            {
              title: 'Strictly necessary',
              description: 'Remembers your privacy choices.',
              linkedCategory: 'necessary',
            },
            {
              title: 'Analytics',
              description: 'Counts visits so we can improve the site.',
              linkedCategory: 'analytics',
            },
          ],
        },
      },
    },
  },
});
