import { define } from '../../internal/define.js';
import { PrivacyBanner } from './privacy-banner.js';
import type { PrivacyEmbedPlaceholder } from './embed-placeholder.js';

// <privacy-embed-placeholder> is defined with the code that holds embeds, on a page that has one.
define('privacy-banner', PrivacyBanner);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-banner': PrivacyBanner;
    'privacy-embed-placeholder': PrivacyEmbedPlaceholder;
  }
}
