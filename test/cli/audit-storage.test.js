// `privacy-elements audit` against pages that store what they should not, one leak each, served on
// 127.0.0.1: each is found with its rule, severity and evidence, and the exit code follows. Two
// audits run at a time, each with its own browser; the other leaks are in audit-signals.test.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { audit, close, finding, messages, rules, startSite } from './audit-fixtures/sites.js';

let site;
before(async () => (site = await startSite({})));
after(() => close(site));

describe('audit: pages that store what they should not', { concurrency: 2 }, () => {
  test('an undeclared cookie and storage keys are errors, with who set them and an entry to paste', async () => {
    const html = join(tmpdir(), `privacy-audit-undeclared-${process.pid}.html`);
    const { code, out, report } = await audit(
      `${site.url}/undeclared.html`,
      '--pages',
      '0',
      '--suggest',
      '--html',
      html,
    );
    const page = readFileSync(html, 'utf8');
    assert.equal(code, 1);
    const cookie = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'visitor_id');
    assert.equal(cookie.severity, 'error');
    assert.deepEqual(cookie.visits, ['first', 'reject', 'accept', 'gpc']);
    assert.match(cookie.evidence.setBy, /^inline script in http:\/\/127\.0\.0\.1:\d+\/undeclared\.html line \d+$/);
    assert.deepEqual(cookie.suggestion, {
      name: 'visitor_id',
      purpose: 'TODO: what it is for',
      duration: 'P1D',
      party: 'first',
    });
    const key = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'ab_test');
    assert.equal(key.evidence.kind, 'localStorage');
    assert.deepEqual(key.suggestion, {
      name: 'ab_test',
      kind: 'localStorage',
      purpose: 'TODO: what it is for',
      duration: 'unspecified',
      party: 'first',
    });
    const tab = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'tab_id');
    assert.deepEqual([tab.evidence.kind, tab.suggestion.duration], ['sessionStorage', 'session']);
    const database = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'offline-cache');
    assert.equal(database.evidence.kind, 'indexedDB');
    assert.match(out, /add to a category's items: \{"name":"visitor_id"/);
    // The site's own strings reach neither the terminal as escapes nor the page as markup.
    assert.ok(!out.includes('\u001b'), 'no colour codes');
    assert.doesNotMatch(page, /<img src=x/);
    assert.match(page, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.equal(page.match(/<script/g), null);
  });

  test('a statistics cookie set before consent is an error, with the script that set it', async () => {
    const { code, report } = await audit(`${site.url}/analytics-early.html`, '--pages', '0');
    assert.equal(code, 1);
    assert.deepEqual(rules(report), ['error optional-before-choice'], messages(report));
    const f = finding(report, 'optional-before-choice');
    assert.equal(f.evidence.name, '_stats');
    assert.equal(f.evidence.category, 'analytics');
    assert.match(f.evidence.setBy, /^script http:\/\/127\.0\.0\.1:\d+\/stats\.js line 1$/);
    assert.deepEqual(f.visits, ['first', 'reject', 'accept', 'gpc']);
  });

  test('a statistics cookie that survives "Reject all" is an error', async () => {
    const { code, report } = await audit(`${site.url}/survives-reject.html`, '--pages', '0');
    assert.equal(code, 1);
    assert.deepEqual(rules(report), ['error optional-after-reject', 'error optional-before-choice'], messages(report));
    const f = finding(report, 'optional-after-reject');
    assert.deepEqual(f.visits, ['reject']);
    assert.equal(f.evidence.path, '/survives');
  });

  test('a cookie that lasts longer than declared is a warning, which --fail-on warning makes fail', async () => {
    const { code, report } = await audit(`${site.url}/lifetime.html`, '--pages', '0', '--fail-on', 'warning');
    assert.equal(code, 1);
    assert.deepEqual(rules(report), ['warning lifetime-longer'], messages(report));
    const f = finding(report, 'lifetime-longer');
    assert.equal(f.evidence.name, 'session');
    assert.equal(f.evidence.declaredDuration, 'session');
    assert.equal(f.evidence.httpOnly, true);
    assert.ok(f.evidence.realDays >= 364 && f.evidence.realDays <= 366, f.evidence.realDays);
    assert.match(f.evidence.setBy, /^response http:\/\/127\.0\.0\.1:\d+\/lifetime\.html$/);
  });
});
