// Osano cookieconsent v3 has no cookie categories. The nearest equivalent of
// "one strictly necessary + one optional analytics category" is its opt-in
// type: nothing optional until the visitor allows it, with Allow / Deny
// buttons (no "Customize"; there is nothing to customise). Bottom banner
// (not floating, not pushdown/static), English, the texts privacy-elements shows.
// Layout basic-header: the default "basic" layout never shows the header, and every page shows a title.
window.cookieconsent.initialise({
  type: 'opt-in',
  layout: 'basic-header',
  position: 'bottom',
  static: false,
  revokable: false,
  law: { regionalLaw: false },
  location: false,
  content: {
    header: 'Your privacy choices',
    message:
      'We use strictly necessary cookies to run this site. With your permission we would also use optional ones. Nothing optional is used until you choose, and you can change your mind at any time.',
    allow: 'Accept all',
    deny: 'Reject all',
    link: 'Read the full privacy policy',
    href: '/bench/pages/',
  },
});
