// The single-file script-tag build: registers every element, applies the
// script's data attributes, mounts the banner unless the page has one, and
// applies the browser's privacy signals even when no element shows them.
// Its exports become `window.PrivacyElements`.
import { scriptOptions } from './script-tag-config.js';
import './define.js';
import { startScriptTag } from './internal/script-start.js';

export * from './index.js';

startScriptTag(scriptOptions);
