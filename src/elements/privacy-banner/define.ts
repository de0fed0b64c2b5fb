import { define } from '../../internal/define.js';
import { PrivacyBanner } from './privacy-banner.js';

define('privacy-banner', PrivacyBanner);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-banner': PrivacyBanner;
  }
}
