/**
 * JSX types for React 19, which sets properties on custom elements and listens to their events
 * through `on` + the event's name:
 *
 *   import 'privacy-elements/define';
 *   import type {} from 'privacy-elements/react';
 *   <privacy-banner manifest={policy} onprivacy-consent-change={(e) => e.detail.choices} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { PrivacyElementClasses, PrivacyElementEvents, PrivacyElementProps } from '../dist/index.js';

type Tag = keyof PrivacyElementProps;

/** `onprivacy-consent-change` and the like: React 19 adds a listener for the event of that name. */
type EventProps<T extends Tag> = {
  [K in keyof PrivacyElementEvents[T] as `on${K & string}`]?: (event: PrivacyElementEvents[T][K]) => void;
};

export type PrivacyElementAttributes<T extends Tag> = DetailedHTMLProps<
  HTMLAttributes<PrivacyElementClasses[T]>,
  PrivacyElementClasses[T]
> &
  PrivacyElementProps[T] &
  EventProps<T>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'privacy-banner': PrivacyElementAttributes<'privacy-banner'>;
      'privacy-summary': PrivacyElementAttributes<'privacy-summary'>;
      'privacy-signals': PrivacyElementAttributes<'privacy-signals'>;
      'privacy-request': PrivacyElementAttributes<'privacy-request'>;
    }
  }
}
