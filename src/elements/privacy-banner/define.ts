import { define } from '../../internal/define.js';
import { PrivacyBanner } from './privacy-banner.js';
import { PrivacyEmbedPlaceholder } from './embed-placeholder.js';

define('privacy-banner', PrivacyBanner);
define('privacy-embed-placeholder', PrivacyEmbedPlaceholder);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-banner': PrivacyBanner;
    'privacy-embed-placeholder': PrivacyEmbedPlaceholder;
  }
}
