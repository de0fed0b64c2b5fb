// `privacy-elements audit` against sites served on loopback: the demo (nothing to find) and pages
// that leak on purpose, each found with its rule, severity and evidence; a second server on
// 127.0.0.2 plays the tracker. Runs the command in this process (the servers answer meanwhile),
// and through bin/ where the exit code and the one-line error are what is tested.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.js';
import { run } from '../../dist/cli/audit/index.js';
import { knownHost, registrableDomain } from '../../dist/cli/audit/known-hosts.js';
import { judge } from '../../dist/cli/audit/judge.js';
import { chromePath } from '../../scripts/chrome-path.js';

const FIXTURES = new URL('./audit-fixtures/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'privacy-audit-'));
const browser = chromePath();

/** What /.well-known/gpc.json answers: an object, raw text, or null for 404. */
let gpcAnswer = { gpc: true, lastUpdate: '2026-01-01' };
let site;
let tracker;
let demo;
const trackerHits = [];

const listen = (server, host) => new Promise((ok) => server.listen(0, host, () => ok(`http://${host}:${server.address().port}`)));

before(async () => {
  const trackerServer = createServer((req, res) => {
    trackerHits.push(req.url);
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
  });
  tracker = { server: trackerServer, url: await listen(trackerServer, '127.0.0.2') };
  const siteServer = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, type, body, headers = {}) => (res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }), res.end(body));
    if (path === '/.well-known/gpc.json')
      return gpcAnswer === null ? send(404, 'text/plain', 'not found') : send(200, 'application/json', typeof gpcAnswer === 'string' ? gpcAnswer : JSON.stringify(gpcAnswer));
    if (path === '/privacy-banner.min.js') return send(200, 'text/javascript', readFileSync('dist/privacy-banner.min.js'));
    if (!/^\/[\w-]+\.(html|js|json)$/.test(path)) return send(404, 'text/plain', 'not found');
    let body;
    try {
      body = readFileSync(new URL(`.${path}`, FIXTURES), 'utf8');
    } catch {
      return send(404, 'text/plain', 'not found');
    }
    const type = { html: 'text/html; charset=utf-8', js: 'text/javascript', json: 'application/json' }[path.split('.').pop()];
    // The server, not a script, sets the session cookie here: for a year, where the policy says "session".
    const headers = path === '/lifetime.html' ? { 'set-cookie': 'session=abc; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax' } : {};
    send(200, type, body.replaceAll('{{TRACKER}}', tracker.url), headers);
  });
  site = { server: siteServer, url: await listen(siteServer, '127.0.0.1') };
  demo = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'privacy-audit-demo-')) });
});

after(async () => {
  for (const s of [site, tracker, demo]) await new Promise((ok) => s.server.close(ok));
});

/** Runs the audit in this process; resolves to its exit code, output lines and JSON report. */
async function audit(page, ...args) {
  const out = [];
  const err = [];
  const json = join(dir, `${page.replace(/\W/g, '_')}-${Math.random().toString(36).slice(2)}.json`);
  const url = page.startsWith('http') ? page : `${site.url}/${page}`;
  const code = await run([url, '--browser', browser, '--json', json, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  let report;
  try {
    report = JSON.parse(readFileSync(json, 'utf8'));
  } catch {
    // no report: the audit could not run
  }
  return { code, out: out.join('\n'), err: err.join('\n'), report };
}

const rules = (report) => report.findings.map((f) => `${f.severity} ${f.rule}`).sort();
const finding = (report, rule, test = () => true) => report.findings.find((f) => f.rule === rule && test(f));

/** The bin, in a child process: for exit codes and what reaches stderr. */
const cli = (args, env = {}, cwd = process.cwd()) =>
  new Promise((done) => {
    const child = spawn(process.execPath, ['bin/privacy-elements.js', 'audit', ...args], { env: { ...process.env, ...env }, cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });

test('audit: the demo, five links in each of four visits, has nothing to find, within 60 s', async (t) => {
  const html = join(dir, 'demo.html');
  const started = Date.now();
  const { code, out, report } = await audit(`${demo.url}/demo/marketing.html`, '--html', html);
  const seconds = (Date.now() - started) / 1000;
  t.diagnostic(`demo audit: ${report.visits.map((v) => v.pages.length).join('+')} pages in ${seconds.toFixed(1)} s`);
  assert.equal(code, 0, out);
  assert.deepEqual(report.findings, []);
  assert.deepEqual(report.visits.map((v) => v.kind), ['first', 'reject', 'accept', 'gpc']);
  for (const visit of report.visits) assert.equal(visit.pages.length, 6, visit.label);
  assert.deepEqual(report.visits.map((v) => v.choice?.method), [undefined, 'reject', 'accept', 'accept']);
  // Under the signal the demo policy honours, Accept all leaves advertising off.
  assert.deepEqual(report.visits[3].choice.choices, { necessary: true, analytics: true, ads: false });
  assert.match(report.policy.source, /policies\/example-shop\.json$/);
  // The Consent Mode calls the banner pushed on the start page: denied by default, then the choice.
  const consentMode = (visit) => report.visits[visit].consentMode.find((r) => r.afterChoice && r.page.endsWith('/marketing.html')).calls;
  assert.deepEqual(consentMode(2).map((c) => [c.action, c.state.analytics_storage, c.state.ad_storage]), [['default', 'denied', 'denied'], ['update', 'granted', 'granted']]);
  assert.deepEqual(consentMode(3).at(-1).state.ad_storage, 'denied');
  assert.match(out, /^PASS: 0 errors, 0 warnings, 0 info/m);
  assert.ok(seconds < 60, `${seconds} s`);
  const page = readFileSync(html, 'utf8');
  assert.equal(page.match(/<img [^>]*src="data:image\/jpeg;base64,/g)?.length, 4);
  assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
});

test('audit: an undeclared cookie and storage keys are errors, with who set them and an entry to paste', async () => {
  const html = join(dir, 'undeclared.html');
  const { code, out, report } = await audit('undeclared.html', '--pages', '0', '--suggest', '--html', html);
  assert.equal(code, 1);
  const cookie = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'visitor_id');
  assert.equal(cookie.severity, 'error');
  assert.deepEqual(cookie.visits, ['first', 'reject', 'accept', 'gpc']);
  assert.match(cookie.evidence.setBy, /^inline script in http:\/\/127\.0\.0\.1:\d+\/undeclared\.html line \d+$/);
  assert.deepEqual(cookie.suggestion, { name: 'visitor_id', purpose: 'TODO: what it is for', duration: 'P1D', party: 'first' });
  const key = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'ab_test');
  assert.equal(key.evidence.kind, 'localStorage');
  assert.deepEqual(key.suggestion, { name: 'ab_test', kind: 'localStorage', purpose: 'TODO: what it is for', duration: 'unspecified', party: 'first' });
  const tab = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'tab_id');
  assert.deepEqual([tab.evidence.kind, tab.suggestion.duration], ['sessionStorage', 'session']);
  const database = finding(report, 'undeclared-storage', (f) => f.evidence.name === 'offline-cache');
  assert.equal(database.evidence.kind, 'indexedDB');
  assert.match(out, /add to a category's items: \{"name":"visitor_id"/);
  // The site's own strings reach neither the terminal as escapes nor the page as markup.
  assert.doesNotMatch(out, /\u001b/);
  const page = readFileSync(html, 'utf8');
  assert.doesNotMatch(page, /<img src=x/);
  assert.match(page, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(page.match(/<script/g), null);
});

test('audit: a statistics cookie set before consent is an error, with the script that set it', async () => {
  const { code, report } = await audit('analytics-early.html', '--pages', '0');
  assert.equal(code, 1);
  assert.deepEqual(rules(report), ['error optional-before-choice']);
  const f = finding(report, 'optional-before-choice');
  assert.equal(f.evidence.name, '_stats');
  assert.equal(f.evidence.category, 'analytics');
  assert.match(f.evidence.setBy, /^script http:\/\/127\.0\.0\.1:\d+\/stats\.js line 1$/);
  assert.deepEqual(f.visits, ['first', 'reject', 'accept', 'gpc']);
});

test('audit: a statistics cookie that survives "Reject all" is an error', async () => {
  const { code, report } = await audit('survives-reject.html', '--pages', '0');
  assert.equal(code, 1);
  const f = finding(report, 'optional-after-reject');
  assert.equal(f.severity, 'error');
  assert.deepEqual(f.visits, ['reject']);
  assert.equal(f.evidence.path, '/survives');
  assert.ok(finding(report, 'optional-before-choice'), 'it was also there before the choice');
});

test('audit: a tracker contacted before consent is an error; a host the policy does not name, a warning', async () => {
  const hits = trackerHits.length;
  const { code, report } = await audit('tracker.html', '--pages', '0', '--tracker-host', '127.0.0.2');
  assert.equal(code, 1);
  assert.ok(trackerHits.length > hits, 'the tracker server was asked');
  const f = finding(report, 'tracker-before-consent');
  assert.equal(f.severity, 'error');
  assert.equal(f.evidence.host, '127.0.0.2');
  assert.equal(f.evidence.type, 'image');
  assert.match(f.evidence.url, /^http:\/\/127\.0\.0\.2:\d+\/pixel\.gif\?page=tracker$/);
  const unnamed = finding(report, 'third-party-unnamed');
  assert.equal(unnamed.severity, 'warning');
  assert.equal(unnamed.evidence.host, '127.0.0.2');
  assert.ok(report.visits[0].requests.every((r) => r.beforeChoice));
});

test('audit: a cookie that lasts longer than declared is a warning, which --fail-on warning makes fail', async () => {
  const { code, report } = await audit('lifetime.html', '--pages', '0', '--fail-on', 'warning');
  assert.equal(code, 1);
  assert.deepEqual(rules(report), ['warning lifetime-longer']);
  const f = finding(report, 'lifetime-longer');
  assert.equal(f.evidence.name, 'session');
  assert.equal(f.evidence.declaredDuration, 'session');
  assert.equal(f.evidence.httpOnly, true);
  assert.ok(f.evidence.realDays >= 364 && f.evidence.realDays <= 366, f.evidence.realDays);
  assert.match(f.evidence.setBy, /^response http:\/\/127\.0\.0\.1:\d+\/lifetime\.html$/);
});

test('audit: a page that ignores Global Privacy Control where the policy honours it is an error', async () => {
  const { code, report } = await audit('gpc-ignored.html', '--pages', '0', '--region', 'US-CA');
  assert.equal(code, 1);
  assert.deepEqual(rules(report), ['error gpc-not-honoured']);
  const f = finding(report, 'gpc-not-honoured');
  assert.deepEqual(f.visits, ['gpc']);
  assert.equal(f.evidence.name, '_ads');
  assert.equal(f.evidence.region, 'US-CA');
  // The banner itself kept ads off: only the page's own script did not ask.
  assert.equal(report.visits[3].choice.choices.ads, false);
  // Outside the places the policy names, the same page has nothing to answer for.
  const elsewhere = await audit('gpc-ignored.html', '--pages', '0', '--region', 'DE');
  assert.equal(elsewhere.code, 0, elsewhere.out);
  assert.deepEqual(rules(elsewhere.report), ['info gpc-not-applicable']);
});

test('audit: gpc.json missing is a warning, contradicting the policy an error', async () => {
  try {
    // A page without the banner gets one visit, which is all gpc.json needs.
    const policy = new URL('policy.json', FIXTURES).pathname;
    gpcAnswer = null;
    const missing = await audit('notice.html', '--pages', '0', '--policy', policy);
    assert.equal(missing.code, 0, missing.out);
    assert.deepEqual(rules(missing.report), ['info no-banner', 'warning gpc-json-missing']);
    gpcAnswer = { gpc: false, lastUpdate: '2026-01-01' };
    const contradicts = await audit('notice.html', '--pages', '0', '--policy', policy);
    assert.equal(contradicts.code, 1);
    assert.deepEqual(rules(contradicts.report), ['error gpc-json-contradicts', 'info no-banner']);
    assert.deepEqual(finding(contradicts.report, 'gpc-json-contradicts').evidence.expected, { gpc: true, lastUpdate: '2026-01-01' });
  } finally {
    gpcAnswer = { gpc: true, lastUpdate: '2026-01-01' };
  }
});

test('audit: a page without the banner gets only the first visit, judged against --policy', async () => {
  const { code, report } = await audit('plain.html', '--pages', '0', '--policy', new URL('policy.json', FIXTURES).pathname);
  assert.equal(code, 1);
  assert.deepEqual(report.visits.map((v) => v.kind), ['first']);
  assert.deepEqual(rules(report), ['error optional-before-choice', 'info no-banner']);
});

test('audit: an unreachable URL and a missing browser are one line on stderr and exit 2', async () => {
  const closed = createServer();
  const free = await listen(closed, '127.0.0.1');
  await new Promise((ok) => closed.close(ok));
  const unreachable = await cli([`${free}/`, '--browser', browser]);
  assert.equal(unreachable.status, 2);
  assert.equal(unreachable.stdout, '');
  assert.match(unreachable.stderr, /^privacy-elements audit: http:\/\/127\.0\.0\.1:\d+\/ cannot be reached \(ECONNREFUSED\)\n$/);
  const noBrowser = await cli([`${site.url}/notice.html`, '--browser', join(dir, 'no-chrome')]);
  assert.equal(noBrowser.status, 2);
  assert.match(noBrowser.stderr, /^privacy-elements audit: no browser at .*no-chrome \(from --browser\)\n$/);
  const fromEnv = await cli([`${site.url}/notice.html`], { CHROME_PATH: join(dir, 'no-chrome') });
  assert.equal(fromEnv.status, 2);
  assert.match(fromEnv.stderr, /^privacy-elements audit: no browser at .*no-chrome \(from CHROME_PATH\)\n$/);
  const missing = await audit('missing.html', '--pages', '0');
  assert.equal(missing.code, 2);
  assert.match(missing.err.split('\n').at(-1), /^privacy-elements audit: http:\/\/127\.0\.0\.1:\d+\/missing\.html: HTTP 404$/);
  const usage = await cli(['not-a-url']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /not an http\(s\) URL: not-a-url\nusage: privacy-elements audit <url>/);
});

test('audit: without playwright-core, one line says how to install it, exit 2; the other commands still work', async () => {
  // The package as installed without its optional peer: no node_modules anywhere above it.
  const alone = mkdtempSync(join(tmpdir(), 'privacy-no-playwright-'));
  for (const part of ['bin', 'dist/cli', 'dist/core']) cpSync(part, join(alone, part), { recursive: true });
  writeFileSync(join(alone, 'package.json'), '{ "type": "module" }');
  const run = await cli([`${site.url}/notice.html`], {}, alone);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^privacy-elements audit: playwright-core is not installed: run `npm install --save-dev playwright-core`.*\n$/);
  cpSync(new URL('policy.json', FIXTURES), join(alone, 'policy.json'));
  const validate = await new Promise((done) =>
    spawn(process.execPath, ['bin/privacy-elements.js', 'validate', 'policy.json'], { cwd: alone }).on('close', done),
  );
  assert.equal(validate, 0);
});

test('audit: known hosts are matched by registrable domain', () => {
  assert.equal(registrableDomain('www.google-analytics.com'), 'google-analytics.com');
  assert.equal(registrableDomain('shop.example.co.uk'), 'example.co.uk');
  assert.equal(registrableDomain('127.0.0.2'), '127.0.0.2');
  assert.equal(knownHost('region1.google-analytics.com')?.vendor, 'Google Analytics');
  assert.equal(knownHost('stats.g.doubleclick.net')?.kind, 'advertising');
  assert.equal(knownHost('static.hotjar.com')?.vendor, 'Hotjar');
  assert.equal(knownHost('bat.bing.com')?.kind, 'advertising');
  assert.equal(knownHost('www.bing.com'), undefined);
  assert.equal(knownHost('notgoogle-analytics.com'), undefined);
  assert.equal(knownHost('cdn.example.com'), undefined);
  assert.equal(knownHost('ads.example.com', ['example.com'])?.kind, 'advertising');
});

test('audit: judging Consent Mode, named recipients and gpc.json, from recorded visits', () => {
  const policy = JSON.parse(readFileSync(new URL('policy.json', FIXTURES), 'utf8'));
  policy.recipients = [{ name: 'Ad network', purpose: 'Ads', url: 'https://www.adnetwork.example/' }, { name: 'Google', purpose: 'Statistics' }];
  const visit = (kind, fields) => ({ kind, label: kind, startedAt: Date.now(), pages: [], storage: [], requests: [], consentMode: [], problems: [], ...fields });
  const reading = (afterChoice, calls, tagsBeforeDefault = 0) => ({ page: 'http://127.0.0.1/', afterChoice, calls, tagsBeforeDefault });
  const request = (host, beforeChoice) => ({ url: `https://${host}/x`, host, type: 'script', beforeChoice, page: 'http://127.0.0.1/' });
  const visits = [
    visit('first', {
      consentMode: [
        reading(false, [
          // A default for California only says nothing of this visitor; the plain default granting statistics does.
          { action: 'default', state: { ad_storage: 'granted' }, region: ['US-CA'] },
          { action: 'default', state: { analytics_storage: 'granted', ad_storage: 'denied' } },
        ], 2),
      ],
      requests: [request('cdn.adnetwork.example', true), request('www.googletagmanager.com', true), request('fonts.other.example', true)],
    }),
    visit('reject', {
      choiceAt: Date.now(),
      consentMode: [reading(true, [{ action: 'default', state: { analytics_storage: 'denied' } }, { action: 'update', state: { analytics_storage: 'denied' } }])],
    }),
  ];
  const answer = { url: 'http://127.0.0.1/.well-known/gpc.json', status: 200, contentType: 'text/plain', body: '{"gpc": true, "lastUpdate": "2025-12-01"}' };
  const findings = judge(policy, visits, { siteUrl: 'http://127.0.0.1/', ourBanner: true, trackerHosts: [], gpcJson: answer });
  assert.deepEqual(
    findings.map((f) => `${f.severity} ${f.rule} ${f.visits}`),
    [
      'error consent-mode-granted first',
      'error tracker-before-consent first',
      'warning consent-mode-late first',
      'warning third-party-unnamed first',
      'warning gpc-json-invalid first',
      'info gpc-json-date first',
    ],
  );
  assert.match(findings[0].message, /analytics_storage granted before the visitor chose/);
  assert.equal(findings[1].evidence.vendor, 'Google Tag Manager');
  // The ad network is named by its URL's site, Google Tag Manager by its vendor's name; the font host by nobody.
  assert.equal(findings[3].evidence.host, 'fonts.other.example');
  assert.match(findings[4].message, /served as text\/plain/);
});
