/** English UI strings: tables of cookies and storage, shared by the banner and the summary. */
export const storageStrings = {
  firstParty: 'First party',
  thirdParty: 'Third party',
  session: 'Until you close the browser',
  unspecified: 'Not stated in the policy',
  name: 'Name',
  purpose: 'Purpose',
  duration: 'Duration',
  provider: 'Set by',
  necessaryCategory: 'Strictly necessary',
  choiceCookie: 'Remembers your privacy choices',
  kinds: {
    localStorage: 'local storage',
    sessionStorage: 'session storage',
    indexedDB: 'IndexedDB',
    pixel: 'pixel',
    other: 'other storage',
  } as Record<string, string>,
};
