import type { ManifestInput } from './core/manifest/schema.js';
import type { Signals } from './core/signals/detect.js';
import type { PrivacyEventMap } from './internal/emit.js';
import type { PrivacyBanner } from './elements/privacy-banner/privacy-banner.js';
import type { PrivacyRequest } from './elements/privacy-request/privacy-request.js';
import type { PrivacySignals } from './elements/privacy-signals/privacy-signals.js';
import type { PrivacySummary } from './elements/privacy-summary/privacy-summary.js';

/** What every element takes: where its policy comes from and its language. */
export interface PolicyProps {
  /** URL of the policy manifest, or `#id` of a `<script type="application/json">` in the page. */
  policy?: string;
  /** The policy as an object, e.g. a JSON file imported by the bundler; checked when it arrives. */
  manifest?: ManifestInput;
  /** Language of the texts (BCP 47). */
  lang?: string;
}

/**
 * The properties (and the attributes whose names differ) each tag takes in a framework's templates,
 * read by `privacy-elements/react`, `privacy-elements/vue` and `privacy-elements/svelte`.
 *
 * Angular needs no declarations: add `schemas: [CUSTOM_ELEMENTS_SCHEMA]` to the component (or
 * module) that uses the tags, bind properties as `[manifest]="policy"` and events as
 * `(privacy-consent-change)="onChange($event)"`; `HTMLElementTagNameMap` types
 * `document.querySelector('privacy-banner')` and the events of `addEventListener`.
 */
export interface PrivacyElementProps {
  'privacy-banner': PolicyProps &
    Partial<Pick<PrivacyBanner, 'position' | 'noReopenButton' | 'region'>> & { 'no-reopen-button'?: boolean };
  'privacy-summary': PolicyProps &
    Partial<Pick<PrivacySummary, 'sections' | 'layout' | 'open' | 'headingLevel'>> & { 'heading-level'?: number };
  'privacy-signals': PolicyProps & Partial<Pick<PrivacySignals, 'always' | 'region'>> & { requestSignals?: Signals };
  'privacy-request': PolicyProps & Partial<Pick<PrivacyRequest, 'right' | 'timeout' | 'today'>>;
}

/** The events each tag fires, by name. */
export interface PrivacyElementEvents {
  'privacy-banner': Pick<PrivacyEventMap, 'privacy-consent-change' | 'privacy-consent-withdrawn' | 'privacy-error'>;
  'privacy-summary': Pick<PrivacyEventMap, 'privacy-error'>;
  'privacy-signals': Pick<PrivacyEventMap, 'privacy-signal' | 'privacy-error'>;
  'privacy-request': Pick<
    PrivacyEventMap,
    'privacy-request-submit' | 'privacy-request-sent' | 'privacy-request-error' | 'privacy-error'
  >;
}

/** The class behind each tag. */
export interface PrivacyElementClasses {
  'privacy-banner': PrivacyBanner;
  'privacy-summary': PrivacySummary;
  'privacy-signals': PrivacySignals;
  'privacy-request': PrivacyRequest;
}
