// The ESM entry: element classes and the core API. Registers nothing; import
// 'privacy-elements/define' (or one element's define module) for the tags.
export {
  validateManifest,
  formatIssues,
  isSafeUrl,
  type ManifestIssue,
  type Validation,
  parseManifest,
} from './core/manifest/validate.js';
export { loadManifest, clearManifestCache } from './core/manifest/load.js';
export { localize } from './core/manifest/localize.js';
export {
  RIGHTS,
  LEGAL_BASES,
  CONSENT_MODE_TYPES,
  OPT_OUT_USES,
  type Manifest,
  type ManifestInput,
  type Category,
  type StorageItem,
  type RequestMethod,
  type RightEntry,
  type Right,
} from './core/manifest/schema.js';
export type { Text } from './core/manifest/shape.js';
export { parseDuration, addDuration } from './core/duration.js';
export { plural, type PluralForms } from './core/i18n/format.js';
export { formatDuration, formatDate, type DateWords, type DurationWords } from './core/i18n/time.js';
export { registerCatalog, type Catalog, type PartialCatalog } from './core/i18n/catalog.js';
export { gpcJson } from './core/signals/gpc-json.js';
export { readSignals, type Signals, type SignalSource } from './core/signals/detect.js';
export { decideSignals, type SignalDecision } from './core/signals/decision.js';
export { signalSources, currentSignals, currentSignalDecision } from './controllers/signals-controller.js';
export { PrivacySignals } from './elements/privacy-signals/privacy-signals.js';
export { configure, type PageConfig } from './internal/config.js';
export { PolicyElement, type PrivacyErrorDetail } from './internal/policy-element.js';
export { PrivacyBanner } from './elements/privacy-banner/privacy-banner.js';
export { getConsent, isGranted, onConsentChange, openPreferences, openBanner } from './core/consent/api.js';
export { CONSENT_METHODS, type ConsentRecord, type ConsentMethod } from './core/consent/record.js';
export type { CookieJar, CookieAttributes } from './core/consent/cookie-jar.js';
export { ConsentController } from './controllers/consent-controller.js';
export type { PrivacyEventMap } from './internal/emit.js';
export { PolicyController } from './controllers/policy-controller.js';
export { PrivacySummary } from './elements/privacy-summary/privacy-summary.js';
export { PrivacyRequest } from './elements/privacy-request/privacy-request.js';
export { submitRequest, type RequestPayload, type SubmitResult } from './core/requests/request.js';
export type {
  PolicyProps,
  PrivacyElementProps,
  PrivacyElementEvents,
  PrivacyElementClasses,
} from './framework-types.js';
