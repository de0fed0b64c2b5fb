// The demo server the page tests run against: it answers malformed requests instead of
// crashing, and stores only what the request form sends.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.js';

let server;
let url;
before(async () => ({ server, url } = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'privacy-server-')) })));
after(() => server.close());

/** A raw request line, as a client could send it, that fetch() would refuse to build. */
const raw = (path) =>
  new Promise((done, fail) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (res) => (res.resume(), done(res.statusCode))).on('error', fail).end();
  });

test('demo server: a malformed path or URL gets 400, and the server keeps serving', async () => {
  assert.equal(await raw('/%E0%A4%A'), 400);
  assert.equal(await raw('http://[/x'), 400);
  assert.equal((await fetch(`${url}/demo/`)).status, 200);
});

test('demo server: a request without a right or with a bad email is refused; only the form’s fields are stored', async () => {
  const post = (body) => fetch(`${url}/api/privacy-requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post({ email: 'a@example.com' })).status, 422);
  assert.equal((await post({ right: 'access', email: 'nope' })).status, 422);
  assert.equal((await post({ right: ['access'], email: 'a@example.com' })).status, 422);
  const answer = await post({ right: 'access', email: 'a@example.com', details: 'all', reference: 'PR-SPOOFED', receivedAt: 'yesterday', extra: 'x' });
  assert.equal(answer.status, 201);
  const { reference } = await answer.json();
  assert.match(reference, /^PR-[0-9A-F]{8}$/);
  assert.equal((await fetch(`${url}/api/privacy-requests/PR-SPOOFED`)).status, 404);
  const stored = await (await fetch(`${url}/api/privacy-requests/${reference}`)).json();
  assert.deepEqual(Object.keys(stored).sort(), ['details', 'email', 'receivedAt', 'reference', 'right']);
  assert.notEqual(stored.receivedAt, 'yesterday');
});
