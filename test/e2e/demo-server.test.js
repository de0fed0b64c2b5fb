// The demo server the page tests run against: it answers malformed requests instead of crashing,
// serves only the demo's folders, and keeps what the endpoints store out of every visitor's reach.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.js';

let server;
let url;
const dataDir = mkdtempSync(join(tmpdir(), 'privacy-server-'));
before(
  async () => ({ server, url } = await startServer({ port: 0, dataDir, adminToken: 'demo-admin-token-for-tests' })),
);
after(() => server.close());

/** A raw request line, as a client could send it, that fetch() would refuse to build. */
const raw = (path) =>
  new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (res) => (res.resume(), done(res.statusCode)))
      .on('error', fail)
      .end();
  });
const post = (path, body, headers = {}) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('demo server: a malformed path or URL gets 400, and the server keeps serving', async () => {
  assert.equal(await raw('/%E0%A4%A'), 400);
  assert.equal(await raw('http://[/x'), 400);
  assert.equal((await fetch(`${url}/demo/`)).status, 200);
});

test('demo server: only the demo, the builds, the schema and the test pages are served; no dotfile, no data', async () => {
  for (const path of [
    '/demo/',
    '/dist/privacy-elements.min.js',
    '/schema/policy-manifest.schema.json',
    '/test/e2e/pages/page.css',
    '/node_modules/lit/index.js',
  ])
    assert.equal((await fetch(`${url}${path}`)).status, 200, path);
  assert.ok(existsSync(join(dataDir, 'PG_VERSION')), 'the database is in the data folder');
  for (const path of [
    '/.git/config',
    '/.gitignore',
    '/package.json',
    '/src/index.ts',
    '/demo/server.js/../../.git/HEAD',
    '/%2e%2e/etc/passwd',
    '/node_modules/pg/package.json',
    '/.data/demo/PG_VERSION',
    '/test/e2e/harness.js',
    '/demo/.hidden',
  ])
    assert.equal(await raw(path), 404, path);
});

test('demo server: a request without a right or with a bad email is refused; only the form’s fields are stored, for the admin and the visitor’s secret alone', async () => {
  assert.equal((await post('/api/privacy-requests', { email: 'a@example.com' })).status, 422);
  assert.equal((await post('/api/privacy-requests', { right: 'access', email: 'nope' })).status, 422);
  assert.equal((await post('/api/privacy-requests', { right: ['access'], email: 'a@example.com' })).status, 422);
  const answer = await post('/api/privacy-requests', {
    right: 'access',
    email: 'a@example.com',
    details: 'all',
    reference: 'PR-SPOOFED',
    receivedAt: 'yesterday',
    extra: 'x',
  });
  assert.equal(answer.status, 201);
  const { reference, secret } = await answer.json();
  assert.match(reference, /^PR-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  assert.equal((await fetch(`${url}/api/privacy-requests/PR-SPOOFED`)).status, 404);
  assert.equal((await fetch(`${url}/api/privacy-requests/${reference}`)).status, 404, 'no secret, no answer');
  const visitor = await (
    await fetch(`${url}/api/privacy-requests/${reference}`, { headers: { authorization: `Bearer ${secret}` } })
  ).json();
  assert.deepEqual([visitor.status, visitor.email], ['received', undefined]);
  const stored = await (
    await fetch(`${url}/api/privacy-requests/${reference}`, {
      headers: { authorization: 'Bearer demo-admin-token-for-tests' },
    })
  ).json();
  assert.deepEqual([stored.right, stored.email, stored.details], ['access', 'a@example.com', 'all']);
  assert.notEqual(stored.receivedAt, 'yesterday');
});

test('demo server: the consent records are listed for the admin token only; a cross-site text/plain post is refused', async () => {
  assert.equal((await fetch(`${url}/api/consent`)).status, 401);
  assert.equal(
    (await fetch(`${url}/api/consent`, { headers: { authorization: 'Bearer guess-guess-guess-guess' } })).status,
    401,
  );
  const forged = {
    method: 'POST',
    headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
    body: '{"id":"x"}',
  };
  assert.equal((await fetch(`${url}/api/consent`, forged)).status, 403);
  assert.equal(
    (await fetch(`${url}/api/consent`, { ...forged, headers: { 'content-type': 'text/plain' } })).status,
    415,
  );
  assert.equal(
    (await fetch(`${url}/api/consent`, { headers: { authorization: 'Bearer demo-admin-token-for-tests' } })).status,
    200,
  );
});

test('demo server: a busy port is reported in one line and the next one used', async () => {
  const blocker = createServer();
  await new Promise((ok) => blocker.listen(0, '127.0.0.1', ok));
  const busy = blocker.address().port;
  const lines = [];
  const next = await startServer({
    port: busy,
    dataDir: mkdtempSync(join(tmpdir(), 'privacy-server-')),
    log: (l) => lines.push(l),
  });
  try {
    assert.deepEqual(lines, [`port ${busy} is busy; trying ${busy + 1}`]);
    assert.ok(new URL(next.url).port > busy);
  } finally {
    await new Promise((ok) => next.server.close(ok));
    blocker.close();
  }
});
