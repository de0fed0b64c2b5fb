import type { commonStrings as english } from '../../en/common.js';

/** Latvian UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Ielādē privātuma politiku…',
  loadError:
    'Privātuma politiku neizdevās ielādēt, tāpēc pašlaik nevar piedāvāt privātuma izvēles. Nekas neobligāts nav ieslēgts.',
  invalidPolicy:
    'Šīs vietnes privātuma politikā ir kļūdas, tāpēc pašlaik nevar piedāvāt privātuma izvēles. Nekas neobligāts nav ieslēgts.',
  close: 'Aizvērt',
  policyLink: 'Lasīt visu privātuma politiku',
  listAnd: ['lv', ' un ', ', ', ' un '],
};
