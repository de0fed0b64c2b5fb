import { commonStrings } from './en/common.js';
import { storageStrings } from './en/storage.js';
import { bannerStrings } from './en/banner.js';
import { preferencesStrings } from './en/preferences.js';
import { signalsStrings } from './en/signals.js';
import { requestStrings } from './en/request.js';
import { rightsStrings } from './en/rights.js';
import { summaryStrings } from './en/summary.js';

/**
 * The English UI strings, and the shape every other locale follows. Each
 * element imports only the parts it uses (`./en/*`), so an import of one
 * element does not carry the others' words.
 */
export const en = {
  ...commonStrings,
  ...storageStrings,
  ...bannerStrings,
  ...preferencesStrings,
  ...signalsStrings,
  ...requestStrings,
  ...rightsStrings,
  ...summaryStrings,
};

export type Catalog = typeof en;
