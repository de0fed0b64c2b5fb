import type { ListWords } from '../format.js';

/** English UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings = {
  loading: 'Loading the privacy policy…',
  loadError:
    'The privacy policy could not be loaded, so no privacy choices can be offered right now. Nothing optional has been enabled.',
  invalidPolicy:
    'This site’s privacy policy has errors, so no privacy choices can be offered right now. Nothing optional has been enabled.',
  close: 'Close',
  policyLink: 'Read the full privacy policy',
  /** How lists are joined: the banner's purposes and recipients, a duration's parts (see `joinList`). */
  listAnd: ['en', ' and ', ', ', ', and '] as ListWords,
};
