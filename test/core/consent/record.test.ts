import { expect } from '@open-wc/testing';
import { createRecord, decideChoices, parseRecord, type ConsentRecord } from '../../../src/core/consent/record.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import { consentManifest } from './helpers.js';

const now = new Date('2026-03-01T12:00:00Z');
const good = (): ConsentRecord =>
  createRecord(
    consentManifest,
    { necessary: true, analytics: true, ads: false },
    'save',
    'en-GB',
    { gpc: false, dnt: undefined },
    now,
  );

describe('consent record', () => {
  it('holds what proves a choice: id, time, version, language, choices, method, signals, expiry', () => {
    const r = good();
    expect(r.id).to.match(/^[0-9a-f-]{32,36}$/);
    expect(r).to.deep.include({
      timestamp: '2026-03-01T12:00:00.000Z',
      policyVersion: '3',
      language: 'en-GB',
      choices: { necessary: true, analytics: true, ads: false },
      method: 'save',
      gpc: false,
      dnt: null,
    });
    expect(r.expires).to.equal('2026-09-01T12:00:00.000Z');
    expect(good().id).not.to.equal(r.id);
  });

  it('lasts as long as the manifest says', () => {
    const r = createRecord(
      { ...consentManifest, consent: { lifetime: 'P30D' } },
      {},
      'reject',
      'en',
      { gpc: undefined, dnt: true },
      now,
    );
    expect(r.expires).to.equal('2026-03-31T12:00:00.000Z');
    expect([r.gpc, r.dnt]).to.deep.equal([null, true]);
  });

  it('keeps necessary categories on and locked ones off whatever is wanted', () => {
    expect(decideChoices(consentManifest, () => true, ['ads'])).to.deep.equal({
      necessary: true,
      analytics: true,
      ads: false,
    });
    expect(decideChoices(consentManifest, () => false)).to.deep.equal({
      necessary: true,
      analytics: false,
      ads: false,
    });
    expect(decideChoices(consentManifest, (id) => id === 'ads')).to.deep.equal({
      necessary: true,
      analytics: false,
      ads: true,
    });
  });

  it('reads back a record it wrote', () => {
    const r = good();
    expect(parseRecord(JSON.stringify(r), consentManifest, now)).to.deep.equal(r);
  });

  it('reads back a record of the longest allowed lifetimes written on any day', () => {
    for (const lifetime of ['P13M', 'P1Y1M', 'P393D', 'P12M28D', 'P6M']) {
      const manifest = { ...consentManifest, consent: { lifetime } };
      // Every day of two years, at noon and just after midnight local time (clock changes included).
      for (let day = 0; day < 731; day++)
        for (const hour of [0, 12]) {
          const at = new Date(2027, 0, 1 + day, hour, 30);
          const r = createRecord(
            manifest,
            { necessary: true, analytics: false, ads: false },
            'reject',
            'en',
            { gpc: undefined, dnt: undefined },
            at,
          );
          if (!parseRecord(JSON.stringify(r), manifest, at))
            expect.fail(`${lifetime} written ${at.toString()} was not read back (expires ${r.expires})`);
        }
    }
  });

  it('refuses a record that lasts longer than the policy’s lifetime allows from now', () => {
    const r = { ...good(), expires: '2026-09-02T14:00:00.000Z' }; // P6M from now is 2026-09-01T12:00Z
    expect(parseRecord(JSON.stringify(r), consentManifest, now)).to.equal(undefined);
    expect(
      parseRecord(JSON.stringify({ ...r, expires: '2026-09-01T12:59:00.000Z' }), consentManifest, now),
    ).not.to.equal(undefined);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately malformed value
  const damaged: [string, (r: any) => unknown][] = [
    ['another policy version', (r) => (r.policyVersion = '2')],
    ['expired', (r) => (r.expires = '2026-02-28T00:00:00.000Z')],
    ['an expiry beyond 13 months', (r) => (r.expires = '2099-01-01T00:00:00.000Z')],
    ['an unreadable expiry', (r) => (r.expires = 'soon')],
    ['a timestamp after the expiry', (r) => (r.timestamp = '2027-01-01T00:00:00.000Z')],
    ['no id', (r) => delete r.id],
    ['an empty id', (r) => (r.id = '')],
    ['an unknown method', (r) => (r.method = 'assumed')],
    ['a string for gpc', (r) => (r.gpc = 'false')],
    ['a number for dnt', (r) => (r.dnt = 1)],
    ['no language', (r) => delete r.language],
    ['a string for a choice', (r) => (r.choices.analytics = 'yes')],
    ['a necessary category refused', (r) => (r.choices.necessary = false)],
    ['an unknown category', (r) => (r.choices.tracking = true)],
    ['a missing category', (r) => delete r.choices.ads],
    ['choices as an array', (r) => (r.choices = [true, true, true])],
    ['no choices', (r) => (r.choices = null)],
  ];
  for (const [what, change] of damaged) {
    it(`treats a record with ${what} as no record`, () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately malformed value
      const r: any = good();
      change(r);
      expect(parseRecord(JSON.stringify(r), consentManifest, now)).to.equal(undefined);
    });
  }

  for (const raw of [undefined, '', 'granted', '{', 'null', '42', '"text"', '[]', '{}', '{"choices":{}}']) {
    it(`never throws and grants nothing for ${JSON.stringify(raw)}`, () => {
      expect(parseRecord(raw, consentManifest, now)).to.equal(undefined);
    });
  }

  it('is refused by validation when a strictly necessary cookie has no purpose or duration', () => {
    for (const item of [
      { name: 'sid', duration: 'session', party: 'first' },
      { name: 'sid', purpose: 'Session', party: 'first' },
    ]) {
      const result = validateManifest({
        ...consentManifest,
        cookies: { categories: [{ id: 'necessary', necessary: true, name: 'N', items: [item] }] },
      });
      expect(result.ok, JSON.stringify(item)).to.equal(false);
    }
  });

  it('is refused by validation when the consent lifetime exceeds 13 months, at the edges too', () => {
    for (const lifetime of ['P14M', 'P397D', 'P13M1D', 'P57W'])
      expect(validateManifest({ ...consentManifest, consent: { lifetime } }).ok, lifetime).to.equal(false);
    for (const lifetime of ['P13M', 'P393D'])
      expect(validateManifest({ ...consentManifest, consent: { lifetime } }).ok, lifetime).to.equal(true);
    // Over on some days only: 396 days from 30 January 2027 end on 1 March 2028, past 29 February; six hours past 13 months.
    for (const lifetime of ['P396D', 'P394D', 'P13MT6H', 'P12M29D', 'P12M28DT1H'])
      expect(validateManifest({ ...consentManifest, consent: { lifetime } }).ok, lifetime).to.equal(false);
  });

  it('a record under an accepted edge lifetime never outlasts 13 calendar months, whatever day it is written', () => {
    for (const lifetime of ['P13M', 'P1Y1M', 'P393D', 'P12M28D', 'P56W1D', 'P11M30D']) {
      const manifest = { ...consentManifest, consent: { lifetime } };
      expect(validateManifest(manifest).ok, lifetime).to.equal(true);
      for (let day = 0; day < 1461; day++) {
        const at = new Date(2027, 0, 1 + day, 12);
        // The same day of the month 13 months on, or that month's last day when it has no such day.
        const bound = new Date(
          at.getFullYear(),
          at.getMonth() + 13,
          Math.min(at.getDate(), new Date(at.getFullYear(), at.getMonth() + 14, 0).getDate()),
          12,
        );
        const r = createRecord(
          manifest,
          { necessary: true, analytics: false, ads: false },
          'reject',
          'en',
          { gpc: undefined, dnt: undefined },
          at,
        );
        if (Date.parse(r.expires) > +bound)
          expect.fail(`${lifetime} written ${at.toDateString()} expires ${r.expires}, after ${bound.toISOString()}`);
      }
    }
  });
});
