// Every UI string in ro: `import 'privacy-elements/locales/ro'` registers them for every element.
import { commonStrings } from './common.js';
import { storageStrings } from './storage.js';
import { bannerStrings } from './banner.js';
import { preferencesStrings } from './preferences.js';
import { signalsStrings } from './signals.js';
import { requestStrings } from './request.js';
import { rightsStrings } from './rights.js';
import { summaryStrings } from './summary.js';
import { registerCatalog } from '../../catalog.js';

registerCatalog('ro', {
  ...commonStrings,
  ...storageStrings,
  ...bannerStrings,
  ...preferencesStrings,
  ...signalsStrings,
  ...requestStrings,
  ...rightsStrings,
  ...summaryStrings,
});
