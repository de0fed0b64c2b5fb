// `privacy-elements audit`: the demo, served by its own server, has nothing to find; an audit that
// cannot run says why in one line and exits 2; the host list and the judging of recorded visits.
// The leaky pages are in audit-storage.test.js and audit-signals.test.js.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.js';
import { knownHost, registrableDomain } from '../../dist/cli/audit/known-hosts.js';
import { judge } from '../../dist/cli/audit/judge.js';
import { buildReport } from '../../dist/cli/audit/report.js';
import { audit, browser, close, FIXTURES, listen, POLICY, startSite } from './audit-fixtures/sites.js';

const dir = mkdtempSync(join(tmpdir(), 'privacy-audit-cli-'));
let site;
let demo;
before(async () => {
  site = await startSite({});
  demo = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'privacy-audit-demo-')) });
});
after(() => close(site, demo));

/** The bin, in a child process: for exit codes and what reaches stderr. */
const cli = (args, env = {}, cwd = process.cwd()) =>
  new Promise((done) => {
    const child = spawn(process.execPath, ['bin/privacy-elements.js', 'audit', ...args], {
      env: { ...process.env, ...env },
      cwd,
    });
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
  assert.deepEqual(
    report.visits.map((v) => v.kind),
    ['first', 'reject', 'accept', 'gpc'],
  );
  for (const visit of report.visits) assert.equal(visit.pages.length, 6, visit.label);
  assert.deepEqual(
    report.visits.map((v) => v.choice?.method),
    [undefined, 'reject', 'accept', 'accept'],
  );
  // Under the signal the demo policy honours, Accept all leaves advertising off.
  assert.deepEqual(report.visits[3].choice.choices, { necessary: true, analytics: true, ads: false });
  assert.match(report.policy.source, /policies\/example-shop\.json$/);
  // The Consent Mode calls the banner pushed on the start page: denied by default, then the choice.
  const consentMode = (visit) =>
    report.visits[visit].consentMode.find((r) => r.afterChoice && r.page.endsWith('/marketing.html')).calls;
  assert.deepEqual(
    consentMode(2).map((c) => [c.action, c.state.analytics_storage, c.state.ad_storage]),
    [
      ['default', 'denied', 'denied'],
      ['update', 'granted', 'granted'],
    ],
  );
  assert.deepEqual(consentMode(3).at(-1).state.ad_storage, 'denied');
  assert.match(out, /^PASS: 0 errors, 0 warnings, 0 info/m);
  assert.ok(seconds < 60, `${seconds} s`);
  const page = readFileSync(html, 'utf8');
  assert.equal(page.match(/<img [^>]*src="data:image\/jpeg;base64,/g)?.length, 4);
  assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
});

test('audit: an unreachable URL and a missing browser are one line on stderr and exit 2', async () => {
  const closed = createServer();
  const free = await listen(closed, '127.0.0.1');
  await new Promise((ok) => closed.close(ok));
  const unreachable = await cli([`${free}/`, '--browser', browser]);
  assert.equal(unreachable.status, 2);
  assert.equal(unreachable.stdout, '');
  assert.match(
    unreachable.stderr,
    /^privacy-elements audit: http:\/\/127\.0\.0\.1:\d+\/ cannot be reached \(ECONNREFUSED\)\n$/,
  );
  const noBrowser = await cli([`${site.url}/notice.html`, '--browser', join(dir, 'no-chrome')]);
  assert.equal(noBrowser.status, 2);
  assert.match(noBrowser.stderr, /^privacy-elements audit: no browser at .*no-chrome \(from --browser\)\n$/);
  const fromEnv = await cli([`${site.url}/notice.html`], { CHROME_PATH: join(dir, 'no-chrome') });
  assert.equal(fromEnv.status, 2);
  assert.match(fromEnv.stderr, /^privacy-elements audit: no browser at .*no-chrome \(from CHROME_PATH\)\n$/);
  const missing = await audit(`${site.url}/missing.html`, '--pages', '0');
  assert.equal(missing.code, 2);
  assert.match(
    missing.err.split('\n').at(-1),
    /^privacy-elements audit: http:\/\/127\.0\.0\.1:\d+\/missing\.html: HTTP 404$/,
  );
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
  assert.match(
    run.stderr,
    /^privacy-elements audit: playwright-core is not installed: run `npm install --save-dev playwright-core`.*\n$/,
  );
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
  const policy = JSON.parse(readFileSync(POLICY, 'utf8'));
  policy.recipients = [
    { name: 'Ad network', purpose: 'Ads', url: 'https://www.adnetwork.example/' },
    { name: 'Google', purpose: 'Statistics' },
  ];
  const visit = (kind, fields) => ({
    kind,
    label: kind,
    startedAt: Date.now(),
    pages: [],
    storage: [],
    requests: [],
    consentMode: [],
    problems: [],
    ...fields,
  });
  const reading = (afterChoice, calls, tagsBeforeDefault = 0) => ({
    page: 'http://127.0.0.1/',
    afterChoice,
    calls,
    tagsBeforeDefault,
  });
  const request = (host, beforeChoice) => ({
    url: `https://${host}/x`,
    host,
    type: 'script',
    beforeChoice,
    page: 'http://127.0.0.1/',
  });
  const visits = [
    visit('first', {
      consentMode: [
        reading(
          false,
          [
            // A default for California only says nothing of this visitor; the plain default granting statistics does.
            { action: 'default', state: { ad_storage: 'granted' }, region: ['US-CA'] },
            { action: 'default', state: { analytics_storage: 'granted', ad_storage: 'denied' } },
          ],
          2,
        ),
      ],
      requests: [
        request('cdn.adnetwork.example', true),
        request('www.googletagmanager.com', true),
        request('fonts.other.example', true),
      ],
    }),
    visit('reject', {
      choiceAt: Date.now(),
      consentMode: [
        reading(true, [
          { action: 'default', state: { analytics_storage: 'denied' } },
          { action: 'update', state: { analytics_storage: 'denied' } },
        ]),
      ],
    }),
  ];
  const answer = {
    url: 'http://127.0.0.1/.well-known/gpc.json',
    status: 200,
    contentType: 'text/plain',
    body: '{"gpc": true, "lastUpdate": "2025-12-01"}',
  };
  const findings = judge(policy, visits, {
    siteUrl: 'http://127.0.0.1/',
    ourBanner: true,
    trackerHosts: [],
    gpcJson: answer,
  });
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

test('audit: GPC judged only where the policy honours it; a missing gpc.json; --fail-on thresholds', () => {
  const policy = JSON.parse(readFileSync(POLICY, 'utf8'));
  const adCookie = {
    kind: 'cookie',
    name: '_ads',
    domain: '127.0.0.1',
    path: '/',
    expires: -1,
    before: false,
    after: true,
    page: 'http://127.0.0.1/',
  };
  const gpcVisit = {
    kind: 'gpc',
    label: 'gpc',
    startedAt: Date.now(),
    choiceAt: Date.now(),
    pages: [],
    storage: [adCookie],
    requests: [],
    consentMode: [],
    problems: [],
  };
  const options = (region, gpcJson) => ({
    siteUrl: 'http://127.0.0.1/',
    ourBanner: true,
    region,
    trackerHosts: [],
    gpcJson,
  });
  const missing = { url: 'http://127.0.0.1/.well-known/gpc.json', status: 404 };
  const inCalifornia = judge(policy, [gpcVisit], options('US-CA', missing));
  assert.deepEqual(
    inCalifornia.map((f) => `${f.severity} ${f.rule}`),
    ['error gpc-not-honoured', 'warning gpc-json-missing'],
  );
  const inGermany = judge(policy, [gpcVisit], options('DE', missing));
  assert.deepEqual(
    inGermany.map((f) => `${f.severity} ${f.rule}`),
    ['warning gpc-json-missing', 'info gpc-not-applicable'],
  );
  const notHonoured = judge({ ...policy, signals: {} }, [], options(undefined, missing));
  assert.deepEqual(
    notHonoured.map((f) => `${f.severity} ${f.rule}`),
    ['info gpc-not-applicable', 'info gpc-json-missing'],
  );
  const fields = (findings, failOn) => ({
    url: '',
    startedAt: '',
    durationMs: 0,
    browser: {},
    policy: {},
    pagesPerVisit: 1,
    visits: [],
    gpcJson: missing,
    findings,
    failOn,
  });
  assert.equal(buildReport(fields(inGermany, 'error'), policy).passed, true);
  assert.equal(buildReport(fields(inGermany, 'warning'), policy).passed, false);
  assert.equal(buildReport(fields(notHonoured, 'warning'), policy).passed, true);
  assert.equal(buildReport(fields(notHonoured, 'info'), policy).passed, false);
  assert.deepEqual(buildReport(fields(inCalifornia, 'error'), policy).counts, { error: 1, warning: 1, info: 0 });
});
