// The sites the audit tests run against, all on loopback: fixture pages on 127.0.0.1 (each server
// with its own /.well-known/gpc.json answer) and a tracker on 127.0.0.2, another site.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../dist/cli/audit/index.js';
import { chromePath } from '../../../scripts/chrome-path.js';

export const FIXTURES = new URL('./', import.meta.url);
export const POLICY = new URL('policy.json', FIXTURES).pathname;
export const browser = chromePath();
const dir = mkdtempSync(join(tmpdir(), 'privacy-audit-'));

export const listen = (server, host) =>
  new Promise((ok) => server.listen(0, host, () => ok(`http://${host}:${server.address().port}`)));
const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', json: 'application/json' };

/** The tracker: a 1x1 GIF for anything, and a list of what it was asked. */
export async function startTracker() {
  const hits = [];
  const server = createServer((req, res) => {
    hits.push(req.url);
    res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
    res.end(Buffer.from('R0lGODlhAQABAAAAACw=', 'base64'));
  });
  return { server, hits, url: await listen(server, '127.0.0.2') };
}

/**
 * The fixture pages, the banner build and the policy; `gpcJson` is what /.well-known/gpc.json
 * answers (null: 404). `{{TRACKER}}` in a page becomes the tracker's origin.
 */
export async function startSite({ tracker, gpcJson = { gpc: true, lastUpdate: '2026-01-01' } }) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const send = (status, type, body, headers = {}) => (
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers }),
      res.end(body)
    );
    if (path === '/.well-known/gpc.json')
      return gpcJson === null
        ? send(404, 'text/plain', 'not found')
        : send(200, 'application/json', JSON.stringify(gpcJson));
    if (path === '/privacy-banner.min.js')
      return send(200, 'text/javascript', readFileSync('dist/privacy-banner.min.js'));
    // The chunks the script tag loads on demand, from beside it.
    if (/^\/chunks\/[\w/.-]+\.js$/.test(path) && !path.includes('..')) {
      try {
        return send(200, 'text/javascript', readFileSync(`dist${path}`));
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    }
    let body;
    try {
      if (!/^\/[\w-]+\.(html|js|json)$/.test(path)) throw new Error('not a fixture');
      body = readFileSync(new URL(`.${path}`, FIXTURES), 'utf8');
    } catch {
      return send(404, 'text/plain', 'not found');
    }
    // The server, not a script, sets the session cookie here: for a year, where the policy says "session".
    const headers =
      path === '/lifetime.html'
        ? { 'set-cookie': 'session=abc; Max-Age=31536000; Path=/; HttpOnly; SameSite=Lax' }
        : {};
    send(200, TYPES[path.split('.').pop()], body.replaceAll('{{TRACKER}}', tracker?.url ?? ''), headers);
  });
  return { server, url: await listen(server, '127.0.0.1') };
}

export const close = (...servers) => Promise.all(servers.map((s) => s && new Promise((ok) => s.server.close(ok))));

/** Runs the audit in this process (the servers answer meanwhile); resolves to its exit code, output and JSON report. */
export async function audit(url, ...args) {
  const out = [];
  const err = [];
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const code = await run([url, '--browser', browser, '--json', json, ...args], {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  let report;
  try {
    report = JSON.parse(readFileSync(json, 'utf8'));
  } catch {
    // no report: the audit could not run
  }
  return { code, out: out.join('\n'), err: err.join('\n'), report };
}

export const rules = (report) => report.findings.map((f) => `${f.severity} ${f.rule}`).sort();
/** The findings in words, for an assertion's message. */
export const messages = (report) =>
  report.findings.map((f) => `${f.severity} ${f.rule} [${f.visits}]: ${f.message}`).join('\n');
export const finding = (report, rule, test = () => true) => report.findings.find((f) => f.rule === rule && test(f));
