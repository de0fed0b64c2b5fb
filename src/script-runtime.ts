// What the script-tag loader hands the page over to once its first chunk arrives: applies the
// script's data attributes, takes over the policy request the loader started, mounts the banner
// unless the page has one (or says data-banner="off"), and applies the privacy signals. Its
// exports are what `window.PrivacyElements` calls.
import { configure } from './internal/config.js';
import { inPageRef, loadManifest } from './core/manifest/load.js';
import { startScriptTag } from './internal/script-start.js';
import { setCatalogLoader } from './core/i18n/catalog.js';
import type { Locale } from './core/i18n/available.js';
import { documentProperty } from './internal/page-document.js';

export { getConsent, isGranted, onConsentChange, openPreferences, openBanner } from './core/consent/api.js';
export { configure } from './internal/config.js';
export { registerCatalog } from './core/i18n/catalog.js';

/** The script tag's data attributes, as the loader read them. */
export type ScriptOptions = Readonly<Record<string, string | undefined>>;

/**
 * Starts the page. `policyResponse` is the loader's request for `options.policy`, already under
 * way; `loadLocale` brings a built-in language's strings when an element wants one.
 */
export function start(
  options: ScriptOptions,
  policyResponse: Promise<Response> | undefined,
  loadLocale: (locale: Locale, part: string) => Promise<unknown>,
): void {
  configure({ policy: options.policy, lang: options.lang, region: options.region });
  setCatalogLoader(loadLocale);
  if (options.policy && !inPageRef(options.policy))
    void loadManifest(options.policy, documentProperty('baseURI'), undefined, policyResponse);
  startScriptTag(options);
}
