import { define } from '../../internal/define.js';
import { PrivacySignals } from './privacy-signals.js';

define('privacy-signals', PrivacySignals);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-signals': PrivacySignals;
  }
}
