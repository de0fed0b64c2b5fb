import { expect } from '@open-wc/testing';
import { decideSignals } from '../../../src/core/signals/decision.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { minimalManifest } from '../../fixtures.js';

const manifest = (signals: Manifest['signals']): Manifest => ({
  ...minimalManifest,
  signals,
  cookies: {
    categories: [
      { id: 'necessary', necessary: true, name: 'Necessary' },
      { id: 'analytics', name: 'Analytics', consentMode: ['analytics_storage'] },
      { id: 'ads', name: 'Advertising', uses: ['targeted-advertising'] },
      { id: 'remarketing', name: 'Remarketing', consentMode: ['ad_storage', 'ad_user_data'] },
    ],
  },
});
const honoursBoth = manifest({ gpc: { honoured: true }, dnt: { honoured: true, statement: 'We honour DNT.' } });

describe('decideSignals', () => {
  it('locks sale, sharing and advertising categories and denies the ad types under an honoured GPC', () => {
    const d = decideSignals({ gpc: true, dnt: undefined }, honoursBoth);
    expect(d.gpcHonoured).to.equal(true);
    expect(d.locked).to.deep.equal(['ads', 'remarketing']);
    expect(d.deniedConsentModeTypes).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('changes nothing when GPC is off or unsupported', () => {
    for (const gpc of [false, undefined]) {
      const d = decideSignals({ gpc, dnt: undefined }, honoursBoth);
      expect(d.gpcHonoured).to.equal(false);
      expect(d.locked).to.deep.equal([]);
      expect(d.deniedConsentModeTypes).to.deep.equal([]);
    }
  });

  it('changes nothing when the policy does not honour GPC, or says nothing', () => {
    for (const m of [manifest({ gpc: { honoured: false } }), manifest(undefined)]) {
      const d = decideSignals({ gpc: true, dnt: undefined }, m);
      expect(d.gpcHonoured).to.equal(false);
      expect(d.locked).to.deep.equal([]);
    }
  });

  it('honours GPC only in the jurisdictions the policy names, and when the region is unknown', () => {
    const m = manifest({ gpc: { honoured: true, jurisdictions: ['US-CA', 'US-CO'] } });
    expect(decideSignals({ gpc: true, dnt: undefined }, m, 'US-CA').gpcHonoured).to.equal(true);
    expect(decideSignals({ gpc: true, dnt: undefined }, m, 'DE').gpcHonoured).to.equal(false);
    expect(decideSignals({ gpc: true, dnt: undefined }, m).gpcHonoured).to.equal(true);
  });

  it('matches regions in any case, a country the policy names holds its states, and a visitor known only by country may be in one', () => {
    const honoured = (jurisdictions: string[], region: string) =>
      decideSignals({ gpc: true, dnt: undefined }, manifest({ gpc: { honoured: true, jurisdictions } }), region)
        .gpcHonoured;
    expect(honoured(['US-CA'], 'us-ca')).to.equal(true);
    expect(honoured(['US'], 'US-CA')).to.equal(true);
    expect(honoured(['US-CA'], 'US')).to.equal(true);
    expect(honoured(['US-CA'], 'US-TX')).to.equal(false);
    expect(honoured(['US'], 'USA')).to.equal(false);
    expect(honoured(['US-CA'], 'DE')).to.equal(false);
  });

  it('treats an honoured DNT like GPC for optional categories', () => {
    const d = decideSignals({ gpc: undefined, dnt: true }, honoursBoth);
    expect(d.dntHonoured).to.equal(true);
    expect(d.locked).to.deep.equal(['ads', 'remarketing']);
  });

  it('changes nothing for a DNT the policy does not honour', () => {
    const d = decideSignals(
      { gpc: undefined, dnt: true },
      manifest({ dnt: { honoured: false, statement: 'We do not respond to DNT.' } }),
    );
    expect(d.dntHonoured).to.equal(false);
    expect(d.locked).to.deep.equal([]);
  });

  it('never locks a strictly necessary category', () => {
    expect(decideSignals({ gpc: true, dnt: true }, honoursBoth).locked).to.not.include('necessary');
  });

  it('keeps the raw signals in the decision', () => {
    expect(decideSignals({ gpc: false, dnt: true }, undefined)).to.include({
      gpc: false,
      dnt: true,
      gpcHonoured: false,
      dntHonoured: false,
    });
  });
});
