/**
 * Template types for Svelte (svelte-check): the tags' properties and events, as
 * `onprivacy-consent-change={…}` (Svelte 5) or `on:privacy-consent-change={…}` (Svelte 4):
 *
 *   import 'privacy-elements/define';
 *   import type {} from 'privacy-elements/svelte';
 *   <privacy-banner manifest={policy} onprivacy-consent-change={(e) => e.detail.choices} />
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { PrivacyElementClasses, PrivacyElementEvents, PrivacyElementProps } from '../dist/index.js';

type Tag = keyof PrivacyElementProps;

type EventProps<T extends Tag> = {
  [K in keyof PrivacyElementEvents[T] as `on${K & string}` | `on:${K & string}`]?: (
    event: PrivacyElementEvents[T][K],
  ) => void;
};

export type PrivacyElementAttributes<T extends Tag> = HTMLAttributes<PrivacyElementClasses[T]> &
  PrivacyElementProps[T] &
  EventProps<T>;

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
      'privacy-banner': PrivacyElementAttributes<'privacy-banner'>;
      'privacy-summary': PrivacyElementAttributes<'privacy-summary'>;
      'privacy-signals': PrivacyElementAttributes<'privacy-signals'>;
      'privacy-request': PrivacyElementAttributes<'privacy-request'>;
    }
  }
}
