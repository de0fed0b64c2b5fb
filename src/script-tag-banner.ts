// The banner-only script-tag build, for pages that show no other element (a
// marketing site's pages, an app's shell): the same data attributes, banner
// and privacy signals as the full build, without the summary, the request
// form and the signals element. Its exports become `window.PrivacyElements`.
import { scriptOptions } from './script-tag-config.js';
import './elements/privacy-banner/define.js';
import { startScriptTag } from './internal/script-start.js';

export { getConsent, isGranted, onConsentChange, openPreferences, openBanner } from './core/consent/api.js';
export { configure } from './internal/config.js';
export { registerCatalog } from './core/i18n/catalog.js';

startScriptTag(scriptOptions);
