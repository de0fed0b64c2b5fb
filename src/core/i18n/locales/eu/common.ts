import type { commonStrings as english } from '../../en/common.js';

/** Basque UI strings: what every element says while its policy loads or when it cannot be used, its close button and the link to the full policy. */
export const commonStrings: typeof english = {
  loading: 'Pribatutasun-politika kargatzen…',
  loadError:
    'Ezin izan da pribatutasun-politika kargatu; beraz, une honetan ezin da pribatutasun-aukerarik eskaini. Ez da ezer aukerakorik aktibatu.',
  invalidPolicy:
    'Webgune honen pribatutasun-politikak akatsak ditu; beraz, une honetan ezin da pribatutasun-aukerarik eskaini. Ez da ezer aukerakorik aktibatu.',
  close: 'Itxi',
  policyLink: 'Irakurri pribatutasun-politika osoa',
  listAnd: ['eu', ' eta ', ', ', ' eta '],
};
