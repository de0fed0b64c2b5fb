// toNodeListener: through node:http the receiver answers exactly as it does to a fetch Request, on
// its own path (no Request per post) and on the one any other fetch-style handler takes.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { createReceiver, toNodeListener } from '../../dist/server/index.js';
import { ADMIN, freshStore, policy, record } from './helpers.js';

const MAX_BODY = 2000;

/** Serves `listener` on a free port; resolves to its URL and how to stop it. */
async function serve(listener) {
  const server = createServer(listener);
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => {
      server.closeAllConnections();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** One request over HTTP, headers as given (a list sends the header once per value), the body in `chunks` or at once. */
function viaHttp(url, { method = 'POST', path, headers = {}, body, chunks }) {
  return new Promise((resolve) => {
    const req = request(`${url}${path}`, { method, headers }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(parts).toString() }),
      );
      res.on('error', (error) => resolve({ error }));
    });
    req.on('error', (error) => resolve({ error }));
    for (const chunk of chunks ?? []) req.write(chunk);
    req.end(body);
  });
}

/** The same request as a fetch Request, straight to the receiver. */
async function viaFetch(receiver, { method = 'POST', path, headers = {}, body }) {
  const all = new Headers();
  for (const [name, value] of Object.entries(headers)) for (const v of [value].flat()) all.append(name, String(v));
  const response = await receiver(new Request(`http://receiver.test${path}`, { method, headers: all, body }), {
    address: '127.0.0.1',
  });
  return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() };
}

const json = { 'content-type': 'application/json' };
const ANSWER_HEADERS = [
  'content-type',
  'cache-control',
  'vary',
  'allow',
  'retry-after',
  'www-authenticate',
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
];
/**
 * What must not differ between the paths: the status, the headers the receiver sets, and the body
 * (none is sent for HEAD) without what is new each time.
 */
const comparable = ({ status, headers, text }, method) => {
  let body = method === 'HEAD' ? undefined : text.replace(/\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b/g, 'UUID');
  try {
    body =
      body &&
      JSON.parse(body, (key, value) =>
        ['id', 'receivedAt', 'reference', 'secret', 'dueBy'].includes(key) ? typeof value : value,
      );
  } catch {
    // not JSON: compared as text
  }
  return { status, headers: Object.fromEntries(ANSWER_HEADERS.map((h) => [h, headers[h]])), body };
};

describe('toNodeListener', () => {
  let receiver;
  let fast;
  let generic;
  before(async () => {
    const { store } = await freshStore('pglite');
    receiver = createReceiver({
      policy,
      store,
      adminToken: ADMIN,
      allowOrigins: ['https://shop.example'],
      maxBodyBytes: MAX_BODY,
      rateLimit: false,
      log: () => {},
    });
    await receiver.ready;
    fast = await serve(toNodeListener(receiver));
    generic = await serve(toNodeListener((request, client) => receiver(request, client)));
  });
  after(async () => {
    await fast.stop();
    await generic.stop();
    await receiver.close();
  });

  test('answers every kind of request as the fetch handler does, on both of its paths', async () => {
    const cases = (r) => [
      [201, 'a record', { path: '/api/consent', headers: json, body: JSON.stringify(r) }],
      [200, 'the same record again', { path: '/api/consent', headers: json, body: JSON.stringify(r) }],
      [409, 'the same id, changed', { path: '/api/consent', headers: json, body: JSON.stringify({ ...r, gpc: true }) }],
      [415, 'text/plain', { path: '/api/consent', headers: { 'content-type': 'text/plain' }, body: '{}' }],
      [415, 'latin1', { path: '/api/consent', headers: { 'content-type': 'application/json; charset=latin1' } }],
      [
        415,
        'content-type twice',
        { path: '/api/consent', headers: { 'content-type': ['application/json', 'application/json'] }, body: '{}' },
      ],
      [415, 'no content-type', { path: '/api/consent', body: JSON.stringify(record()) }],
      [400, 'not JSON', { path: '/api/consent', headers: json, body: '{"id": ' }],
      [400, 'not UTF-8', { path: '/api/consent', headers: json, body: Buffer.from([0x7b, 0xff, 0x7d]) }],
      [422, 'an extra field', { path: '/api/consent', headers: json, body: JSON.stringify({ ...record(), x: 1 }) }],
      [413, 'a Content-Length over the limit', { path: '/api/consent', headers: json, body: 'x'.repeat(MAX_BODY + 1) }],
      [
        201,
        'an allowed origin',
        { path: '/api/consent', headers: { ...json, origin: 'https://shop.example' }, body: JSON.stringify(record()) },
      ],
      [
        403,
        'another origin',
        { path: '/api/consent', headers: { ...json, origin: 'https://evil.example' }, body: JSON.stringify(record()) },
      ],
      [
        204,
        'a preflight',
        {
          method: 'OPTIONS',
          path: '/api/privacy-requests',
          headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
        },
      ],
      [200, 'gpc.json', { method: 'GET', path: '/.well-known/gpc.json' }],
      [200, 'gpc.json by HEAD', { method: 'HEAD', path: '/.well-known/gpc.json' }],
      [405, 'gpc.json by POST', { path: '/.well-known/gpc.json', headers: json, body: '{}' }],
      [404, 'another path', { method: 'GET', path: '/api/other' }],
      [405, 'DELETE', { method: 'DELETE', path: '/api/consent' }],
      [401, 'the records without the token', { method: 'GET', path: '/api/consent' }],
      [
        200,
        'the records with the token',
        { method: 'GET', path: `/api/consent?limit=1`, headers: { authorization: `Bearer ${ADMIN}` } },
      ],
      [
        201,
        'a rights request',
        {
          path: '/api/privacy-requests',
          headers: { ...json, 'idempotency-key': crypto.randomUUID() },
          body: JSON.stringify({ right: 'access', email: 'a@example.com' }),
        },
      ],
      [
        400,
        'a short Idempotency-Key',
        {
          path: '/api/privacy-requests',
          headers: { ...json, 'idempotency-key': 'short' },
          body: JSON.stringify({ right: 'access', email: 'a@example.com' }),
        },
      ],
      [404, 'no such request', { method: 'GET', path: '/api/privacy-requests/PR-NOPE0-NOPE0' }],
    ];
    const [first, second, third] = [record(), record(), record()];
    // One at a time: a record and its replay must arrive in order.
    const answers = [];
    for (const [send, r] of [
      [(c) => viaFetch(receiver, c), first],
      [(c) => viaHttp(fast.url, c), second],
      [(c) => viaHttp(generic.url, c), third],
    ]) {
      const each = [];
      for (const [, , c] of cases(r)) each.push(await send(c));
      answers.push(each);
    }
    cases(first).forEach(([status, name, c], i) => {
      const [byFetch, byNode, byHandler] = answers.map((a) => comparable(a[i], c.method));
      assert.equal(byFetch.status, status, name);
      assert.deepEqual(byNode, byFetch, `${name}: node:http`);
      assert.deepEqual(byHandler, byFetch, `${name}: node:http, any handler`);
      if (c.method === 'HEAD') assert.deepEqual([answers[1][i].text, answers[2][i].text], ['', ''], name);
    });
  });

  test('a body over the limit without a Content-Length is not read to its end', async () => {
    const chunks = Array.from({ length: 10 }, () => ' '.repeat(MAX_BODY / 4));
    for (const server of [fast, generic]) {
      const answer = await viaHttp(server.url, { path: '/api/consent', headers: json, chunks });
      assert.ok(answer.error || answer.status === 413, JSON.stringify(answer));
    }
  });

  test('TRACE, which a fetch Request cannot carry, is 400 on both paths', async () => {
    for (const server of [fast, generic])
      assert.equal((await viaHttp(server.url, { method: 'TRACE', path: '/api/consent' })).status, 400);
  });

  test('a rateLimit.key function reads the request on the node path too', async () => {
    const { store } = await freshStore('pglite');
    const limited = createReceiver({
      policy,
      store,
      rateLimit: { burst: 1, perSecond: 0.01, key: (request) => request.headers.get('x-forwarded-for') ?? 'none' },
      log: () => {},
    });
    const server = await serve(toNodeListener(limited));
    try {
      const from = async (address) =>
        (
          await viaHttp(server.url, {
            method: 'GET',
            path: '/api/privacy-requests/PR-X',
            headers: { 'x-forwarded-for': address },
          })
        ).status;
      assert.equal(await from('203.0.113.1'), 404);
      assert.equal(await from('203.0.113.1'), 429);
      assert.equal(await from('203.0.113.2'), 404);
    } finally {
      await server.stop();
      await limited.close();
    }
  });
});
