import { expect } from '@open-wc/testing';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { SEEDS, loadSeed } from '../../fixtures.js';

describe('the four seed policies as manifests', () => {
  for (const name of SEEDS) {
    it(`${name} is valid`, async () => {
      const value = await (await fetch(`/demo/policies/${name}.json`)).json();
      const result = validateManifest(value);
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
    });
  }

  it('theAIstep: eight services under one controller, strictly necessary cookies only, 72 h breach notice', async () => {
    const m = await loadSeed('theaistep');
    expect(m.services).to.have.length(8);
    expect(m.cookies!.categories.every((c) => c.necessary)).to.equal(true);
    expect(m.breach?.window).to.equal('PT72H');
    expect(m.changes?.noticePeriod).to.equal('P30D');
    expect(m.rights?.deadline).to.equal('P30D');
  });

  it('theAIstep states only what its policy says: legitimate interest, no lifetimes, no sharing stance, tier-dependent audit retention', async () => {
    const m = await loadSeed('theaistep');
    expect(m.legalBases!.map((b) => b.basis)).to.deep.equal(['legitimate-interests']);
    expect(m.sale).to.equal(undefined);
    expect(m.commitments).to.include('We do not sell your data.');
    expect(m.cookies!.categories.flatMap((c) => c.items!.map((i) => i.duration))).to.deep.equal([
      'unspecified',
      'unspecified',
      'unspecified',
      'unspecified',
    ]);
    const audit = m.retention!.find((r) => r.data === 'Audit records')!;
    expect(audit.period).to.equal(undefined);
    expect(audit.description).to.match(/configured in your tier/);
    expect(m.retention!.find((r) => r.data === 'Account data')).to.include({
      period: 'P12M',
      after: 'account closure',
    });
    expect(m.recipients!.every((r) => r.url === undefined && r.dpa === true)).to.equal(true);
  });

  it('AIgileCoach: the data table, data not collected, and a JWT in localStorage', async () => {
    const m = await loadSeed('aigilecoach');
    expect(m.data).to.have.length.greaterThan(8);
    expect(m.data!.find((d) => d.type === 'Password')?.storage).to.match(/bcrypt/);
    expect(m.notCollected!.map((d) => d.type)).to.include('Location data');
    const jwt = m.cookies!.categories[0].items![0];
    expect(jwt).to.include({ name: 'JWT token', kind: 'localStorage' });
    expect(m.notes![0].title).to.equal('On-premise deployment');
  });

  it('AIgileCoach: 30 days for deletion only, no JWT lifetime, configurable audit retention, bases tied only where the policy ties them', async () => {
    const m = await loadSeed('aigilecoach');
    expect(m.rights!.deadline).to.equal(undefined);
    expect(m.rights!.items.filter((r) => r.deadline).map((r) => [r.right, r.deadline])).to.deep.equal([
      ['erasure', 'P30D'],
    ]);
    expect(m.cookies!.categories[0].items![0].duration).to.equal('unspecified');
    const audit = m.retention!.find((r) => r.data === 'Audit logs (Enterprise plans)')!;
    expect(audit).to.include({ period: 'P90D', description: 'Or longer if configured.' });
    expect(m.data!.every((d) => !d.legalBasis)).to.equal(true);
    expect(m.purposes!.filter((p) => p.legalBasis).map((p) => [p.name, p.legalBasis])).to.deep.equal([
      ['Service operation', ['legitimate-interests']],
    ]);
    const stripe = m.recipients!.find((r) => r.name === 'Stripe')!;
    expect([stripe.url, stripe.privacyPolicy, stripe.role]).to.deep.equal([undefined, undefined, undefined]);
    expect(m.transfers!.items![0].safeguard).to.match(/such as Standard Contractual Clauses/);
  });

  it('monitoring SaaS: retention per kind of data, billing five years, an httpOnly session cookie', async () => {
    const m = await loadSeed('monitoring-saas');
    expect(m.retention!.find((r) => r.data === 'Billing')?.period).to.equal('P5Y');
    expect(m.retention!.find((r) => r.data === 'Metrics')?.description).to.match(/30 days, 90 days, or custom/);
    expect(m.cookies!.categories[0].items![0].attributes).to.include('httpOnly');
  });

  it('monitoring SaaS: no sale stance beyond its metrics commitment, no cookie lifetimes, plan-dependent metrics retention without a period', async () => {
    const m = await loadSeed('monitoring-saas');
    expect(m.sale).to.equal(undefined);
    expect(m.commitments).to.deep.equal([
      'We do not use your metrics or metadata for advertising, ML models, or sale to third parties.',
    ]);
    expect(m.cookies!.categories[0].items!.map((i) => i.duration)).to.deep.equal(['unspecified', 'unspecified']);
    expect(m.retention!.find((r) => r.data === 'Metrics')?.period).to.equal(undefined);
    expect(m.rights!.deadline).to.equal(undefined);
    expect(m.recipients).to.deep.equal([{ name: 'Stripe', purpose: 'Billing' }]);
  });

  it('Naxora: DNT not honoured in its own words, optional categories, CCPA rights, 13/16 age limits, SCCs', async () => {
    const m = await loadSeed('naxora');
    expect(m.signals?.dnt?.honoured).to.equal(false);
    expect(m.signals?.dnt?.statement).to.match(/We do not currently respond to DNT signals/);
    expect(m.cookies!.categories.filter((c) => !c.necessary).map((c) => c.id)).to.deep.equal([
      'analytics',
      'preferences',
    ]);
    expect(m.rights!.methods![0].subject).to.equal('Data Protection Request');
    expect(m.rights!.items.filter((r) => r.jurisdictions?.includes('US-CA')).map((r) => r.right)).to.include(
      'opt-out-sale',
    );
    expect(m.children).to.deep.include({ minimumAge: 13, ages: [{ region: 'EEA', age: 16 }] });
    expect(m.transfers!.items![0].safeguard).to.match(/Standard Contractual Clauses/);
  });

  it('the dates as each policy gives them: "Last updated" where it says so, the effective date where it says that', async () => {
    const dates = await Promise.all(
      SEEDS.map(async (name) => {
        const m = await loadSeed(name);
        return [name, m.effectiveDate, m.lastUpdated];
      }),
    );
    expect(dates).to.deep.equal([
      ['theaistep', '2026-05-11', '2026-05-11'],
      ['aigilecoach', '2025-01-01', undefined],
      ['monitoring-saas', '2026-05-15', '2026-05-15'],
      ['naxora', '2026-03-04', '2026-03-04'],
    ]);
  });

  it('Naxora: 30 days for deletion only, identity checks for California only, legal bases in general and not per data item', async () => {
    const m = await loadSeed('naxora');
    expect(m.rights!.deadline).to.equal(undefined);
    expect(m.rights!.identityVerification).to.equal(undefined);
    expect(m.rights!.items.filter((r) => r.deadline).map((r) => [r.right, r.jurisdictions, r.deadline])).to.deep.equal([
      ['erasure', undefined, 'P30D'],
      ['erasure', ['US-CA'], 'P30D'],
    ]);
    // Stated in its California section; an opt-out of sale may not require one (CCPA), so it is not set there.
    const verified = m.rights!.items.filter((r) => r.identityVerification);
    expect(verified.map((r) => r.right)).to.deep.equal(['know', 'erasure', 'non-discrimination']);
    expect(
      verified.every(
        (r) => r.jurisdictions?.includes('US-CA') && /verify your identity/.test(String(r.identityVerification)),
      ),
    ).to.equal(true);
    expect(m.rights!.items.some((r) => /verify your identity/.test(String(r.note)))).to.equal(false);
    expect(m.data!.every((d) => !d.legalBasis)).to.equal(true);
    expect(m.data!.filter((d) => d.purpose).map((d) => d.group)).to.deep.equal(['Billing']);
    expect(m.legalBases!.map((b) => b.basis)).to.deep.equal([
      'contract',
      'legitimate-interests',
      'consent',
      'legal-obligation',
    ]);
    expect(m.recipients!.every((r) => r.url === undefined && r.privacyPolicy === undefined)).to.equal(true);
  });
});
