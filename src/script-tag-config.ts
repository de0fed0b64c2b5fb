// Reads the script tag's data attributes before any element is defined, so
// that elements already in the page start with the script's policy, and starts
// fetching that policy at once: on a real network it arrives while the rest of
// the script is still being evaluated.
import { configure } from './internal/config.js';
import { inPageRef, loadManifest } from './core/manifest/load.js';
import { currentScriptData, documentProperty } from './internal/page-document.js';

export const scriptOptions = currentScriptData();
configure({ policy: scriptOptions.policy, lang: scriptOptions.lang, region: scriptOptions.region });
// A `#id` policy is in the page itself: read when the elements start, after the parser reached it.
if (scriptOptions.policy && !inPageRef(scriptOptions.policy)) void loadManifest(scriptOptions.policy, documentProperty('baseURI'));
