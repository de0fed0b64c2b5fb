// `privacy-elements audit` against pages that contact a tracker (a second server on 127.0.0.2,
// another site), ignore Global Privacy Control, publish a gpc.json that contradicts the policy, or
// run no banner: each is found with its rule, severity and evidence, and the exit code follows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, close, finding, messages, POLICY, rules, startSite, startTracker } from './audit-fixtures/sites.js';

let tracker;
let site;
let contradicting;
before(async () => {
  tracker = await startTracker();
  site = await startSite({ tracker });
  contradicting = await startSite({ gpcJson: { gpc: false, lastUpdate: '2026-01-01' } });
});
after(() => close(site, contradicting, tracker));

describe('audit: pages that contact or signal what they should not', { concurrency: 2 }, () => {
  test('a tracker contacted before consent is an error; a host the policy does not name, a warning', async () => {
    const hits = tracker.hits.length;
    const { code, report } = await audit(`${site.url}/tracker.html`, '--pages', '0', '--tracker-host', '127.0.0.2');
    assert.equal(code, 1);
    assert.ok(tracker.hits.length > hits, 'the tracker server was asked');
    // Counted as advertising, it is also a host the GPC visit must not contact where the policy honours GPC.
    assert.deepEqual(
      rules(report),
      ['error gpc-not-honoured', 'error tracker-before-consent', 'warning third-party-unnamed'],
      messages(report),
    );
    assert.deepEqual(finding(report, 'gpc-not-honoured').visits, ['gpc']);
    const f = finding(report, 'tracker-before-consent');
    assert.equal(f.evidence.host, '127.0.0.2');
    assert.equal(f.evidence.type, 'image');
    assert.match(f.evidence.url, /^http:\/\/127\.0\.0\.2:\d+\/pixel\.gif\?page=tracker$/);
    assert.equal(finding(report, 'third-party-unnamed').evidence.host, '127.0.0.2');
    assert.ok(report.visits[0].requests.every((r) => r.beforeChoice));
  });

  test('a page that ignores Global Privacy Control where the policy honours it is an error', async () => {
    const { code, report } = await audit(`${site.url}/gpc-ignored.html`, '--pages', '0', '--region', 'US-CA');
    assert.equal(code, 1);
    assert.deepEqual(rules(report), ['error gpc-not-honoured'], messages(report));
    const f = finding(report, 'gpc-not-honoured');
    assert.deepEqual(f.visits, ['gpc']);
    assert.equal(f.evidence.name, '_ads');
    assert.equal(f.evidence.region, 'US-CA');
    // The banner itself kept ads off: only the page's own script did not ask.
    assert.equal(report.visits[3].choice.choices.ads, false);
  });

  test('a gpc.json that contradicts the policy is an error', async () => {
    // A page without the banner gets one visit, which is all gpc.json needs.
    const { code, report } = await audit(`${contradicting.url}/notice.html`, '--pages', '0', '--policy', POLICY);
    assert.equal(code, 1);
    assert.deepEqual(rules(report), ['error gpc-json-contradicts', 'info no-banner'], messages(report));
    assert.deepEqual(finding(report, 'gpc-json-contradicts').evidence.expected, {
      gpc: true,
      lastUpdate: '2026-01-01',
    });
  });

  test('a page without the banner gets only the first visit, judged against --policy', async () => {
    const { code, report } = await audit(`${site.url}/plain.html`, '--pages', '0', '--policy', POLICY);
    assert.equal(code, 1);
    assert.deepEqual(
      report.visits.map((v) => v.kind),
      ['first'],
    );
    assert.deepEqual(rules(report), ['error optional-before-choice', 'info no-banner'], messages(report));
  });
});
