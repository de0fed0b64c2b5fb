import { expect } from '@open-wc/testing';
import * as api from '../../src/index.js';

describe('the package entry', () => {
  it('exports every element class and the core API, and registers no tag', () => {
    for (const name of [
      'PrivacySummary',
      'PrivacyBanner',
      'PrivacySignals',
      'PrivacyRequest',
      'PolicyElement',
      'PolicyController',
    ])
      expect(api[name as keyof typeof api], name).to.be.a('function');
    for (const name of [
      'validateManifest',
      'loadManifest',
      'configure',
      'getConsent',
      'isGranted',
      'onConsentChange',
      'openPreferences',
      'registerCatalog',
      'submitRequest',
    ])
      expect(api[name as keyof typeof api], name).to.be.a('function');
    for (const tag of ['privacy-summary', 'privacy-banner', 'privacy-signals', 'privacy-request'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });
});
