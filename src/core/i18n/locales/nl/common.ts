import type { commonStrings as english } from '../../en/common.js';

/** Dutch UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Privacyverklaring laden…',
  loadError:
    'De privacyverklaring kon niet worden geladen, dus er kunnen nu geen privacykeuzes worden aangeboden. Er is niets optioneels ingeschakeld.',
  invalidPolicy:
    'De privacyverklaring van deze website bevat fouten, dus er kunnen nu geen privacykeuzes worden aangeboden. Er is niets optioneels ingeschakeld.',
  close: 'Sluiten',
  policyLink: 'De volledige privacyverklaring lezen',
  listAnd: ['nl', ' en ', ', ', ' en '],
};
