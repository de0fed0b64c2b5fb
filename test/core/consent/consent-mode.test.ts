import { expect } from '@open-wc/testing';
import {
  allDenied,
  consentModeState,
  pushConsentMode,
  type DataLayerHost,
} from '../../../src/core/consent/consent-mode.js';
import { minimalManifest } from '../../fixtures.js';
import { consentManifest } from './helpers.js';

const isArguments = (v: unknown) => Object.prototype.toString.call(v) === '[object Arguments]';

describe('Google Consent Mode', () => {
  it('pushes to a real array only, never to an element that claims the name dataLayer', () => {
    const img = document.createElement('img');
    img.id = 'dataLayer';
    document.body.append(img);
    const page = window as unknown as DataLayerHost;
    try {
      expect(page.dataLayer).to.equal(img, 'the page is clobbered');
      expect(() => pushConsentMode(page, 'update', allDenied())).not.to.throw();
      expect(Array.isArray(page.dataLayer)).to.equal(true);
      expect(isArguments(page.dataLayer![0])).to.equal(true);
    } finally {
      delete page.dataLayer;
      img.remove();
    }
  });

  it('maps every type the categories use, granted only with the category', () => {
    expect(consentModeState(consentManifest, () => false)).to.deep.equal({
      analytics_storage: 'denied',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
    expect(consentModeState(consentManifest, (id) => id === 'analytics')).to.deep.include({
      analytics_storage: 'granted',
      ad_storage: 'denied',
    });
  });

  it('forces the types a signal denies, even when granted', () => {
    const state = consentModeState(consentManifest, () => true, ['ad_storage', 'ad_user_data', 'ad_personalization']);
    expect(state).to.deep.equal({
      analytics_storage: 'granted',
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
    });
  });

  it('grants a type shared by two categories only when both are granted', () => {
    const shared = {
      ...minimalManifest,
      cookies: {
        categories: [
          { id: 'a', name: 'A', consentMode: ['ad_storage' as const] },
          { id: 'b', name: 'B', consentMode: ['ad_storage' as const] },
        ],
      },
    };
    expect(consentModeState(shared, (id) => id === 'a').ad_storage).to.equal('denied');
    expect(consentModeState(shared, (id) => id === 'b').ad_storage).to.equal('denied');
    expect(consentModeState(shared, () => true).ad_storage).to.equal('granted');
  });

  it('pushes gtag-style arguments objects: default with wait_for_update, then update', () => {
    const page: DataLayerHost = {};
    pushConsentMode(page, 'default', { analytics_storage: 'denied' });
    pushConsentMode(page, 'update', { analytics_storage: 'granted' });
    expect(page.dataLayer).to.have.length(2);
    expect(page.dataLayer!.every(isArguments)).to.equal(true);
    expect(page.dataLayer!.map((a) => Array.from(a as ArrayLike<unknown>))).to.deep.equal([
      ['consent', 'default', { analytics_storage: 'denied', wait_for_update: 500 }],
      ['consent', 'update', { analytics_storage: 'granted' }],
    ]);
  });

  it('adds to an existing dataLayer and pushes nothing when no type is used', () => {
    const page: DataLayerHost = { dataLayer: ['earlier'] };
    pushConsentMode(page, 'default', {});
    expect(page.dataLayer).to.deep.equal(['earlier']);
    pushConsentMode(page, 'default', allDenied());
    expect(page.dataLayer).to.have.length(2);
    expect(Object.keys((page.dataLayer![1] as IArguments)[2])).to.have.length(8);
  });
});
