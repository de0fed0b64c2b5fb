// Reads the script tag's data attributes before any element is defined, so
// that elements already in the page start with the script's policy.
import { configure } from './internal/config.js';

export const scriptOptions: DOMStringMap = (document.currentScript as HTMLScriptElement | null)?.dataset ?? {};
configure({ policy: scriptOptions.policy, lang: scriptOptions.lang });
