/** English UI strings: the cookie banner’s first layer. */
export const bannerStrings = {
  noticeTitle: 'Cookies on this site',
  noticeText:
    'This site uses only cookies and storage that are strictly necessary for it to work. They need no consent, so there is nothing to accept or refuse.',
  cookieDetails: 'Cookie details',
  acknowledge: 'OK',
  promptTitle: 'Your privacy choices',
  promptText:
    'We use strictly necessary cookies to run this site. Nothing optional is used until you choose, and you can change your mind at any time.',
  promptPurposes: (purposes: string) => `With your permission we would also use cookies for: ${purposes}.`,
  promptRecipients: (recipients: string) => `Data from them would go to: ${recipients}.`,
  promptMore: 'See every cookie and who receives the data',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  reopen: 'Privacy choices',
  storageUnavailable: 'Your browser blocks cookies, so this choice applies to this page only.',
};
