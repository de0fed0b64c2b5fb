import { expect } from '@open-wc/testing';
import {
  getConsent,
  isGranted,
  onConsentChange,
  openBanner,
  openPreferences,
  publishConsent,
  registerConsentUi,
} from '../../../src/core/consent/api.js';
import { createRecord } from '../../../src/core/consent/record.js';
import { consentManifest } from './helpers.js';

const record = () =>
  createRecord(consentManifest, { necessary: true, analytics: true, ads: false }, 'save', 'en', {
    gpc: undefined,
    dnt: undefined,
  });

describe('page consent API', () => {
  it('answers from the choices in force, and false for what it does not know', () => {
    publishConsent(undefined, { necessary: true, analytics: false });
    expect(getConsent()).to.equal(undefined);
    expect([isGranted('necessary'), isGranted('analytics'), isGranted('nope')]).to.deep.equal([true, false, false]);
    const r = record();
    publishConsent(r, r.choices);
    expect(getConsent()).to.equal(r);
    expect(isGranted('analytics')).to.equal(true);
  });

  it('tells a subscriber the current record at once and each new one until it unsubscribes', () => {
    const first = record();
    publishConsent(first, first.choices);
    const seen: string[] = [];
    const unsubscribe = onConsentChange((r) => seen.push(r.id));
    const second = record();
    publishConsent(second, second.choices);
    unsubscribe();
    publishConsent(record(), {});
    expect(seen).to.deep.equal([first.id, second.id]);
  });

  it('opens the registered banner, and only while it is registered', () => {
    const calls: string[] = [];
    const release = registerConsentUi({
      openPreferences: () => calls.push('preferences'),
      openBanner: () => calls.push('banner'),
    });
    openPreferences();
    openBanner();
    release();
    openPreferences();
    expect(calls).to.deep.equal(['preferences', 'banner']);
  });
});
