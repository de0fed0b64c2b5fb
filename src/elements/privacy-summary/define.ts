import { define } from '../../internal/define.js';
import { PrivacySummary } from './privacy-summary.js';

define('privacy-summary', PrivacySummary);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-summary': PrivacySummary;
  }
}
