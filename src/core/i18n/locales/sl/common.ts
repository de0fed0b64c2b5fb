import type { commonStrings as english } from '../../en/common.js';

/** Slovenian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Nalaganje politike zasebnosti…',
  loadError:
    'Politike zasebnosti ni bilo mogoče naložiti, zato trenutno ne moremo ponuditi nobenih izbir glede zasebnosti. Nič neobveznega ni bilo vklopljeno.',
  invalidPolicy:
    'Politika zasebnosti tega spletnega mesta vsebuje napake, zato trenutno ne moremo ponuditi nobenih izbir glede zasebnosti. Nič neobveznega ni bilo vklopljeno.',
  close: 'Zapri',
  policyLink: 'Preberi celotno politiko zasebnosti',
  listAnd: ['sl', ' in ', ', ', ' in '],
};
