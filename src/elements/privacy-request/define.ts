import { define } from '../../internal/define.js';
import { PrivacyRequest } from './privacy-request.js';

define('privacy-request', PrivacyRequest);

declare global {
  interface HTMLElementTagNameMap {
    'privacy-request': PrivacyRequest;
  }
}
