// The receiver's HTTP contract, run once per store: what it takes, what it refuses, and what it answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createReceiver, listRequests, toNodeListener } from '../../dist/server/index.js';
import { ADMIN, asAdmin, freshStore, get, policy, post, record, STORES } from './helpers.js';

for (const kind of STORES) {
  describe(`receiver on ${kind}`, () => {
    let receiver;
    let store;
    before(async () => {
      ({ store } = await freshStore(kind));
      receiver = createReceiver({
        policy,
        store,
        adminToken: ADMIN,
        allowOrigins: ['https://shop.example'],
        knownVersions: ['2026-03-01'],
        rateLimit: false,
        log: () => {},
      });
      await receiver.ready;
    });
    after(() => receiver.close());

    test(`${kind}: a consent record is stored once; a replay is acknowledged again, a changed replay refused`, async () => {
      const r = record();
      const first = await post(receiver, '/api/consent', r);
      assert.equal(first.status, 201);
      assert.equal((await first.json()).id, r.id);
      assert.equal((await post(receiver, '/api/consent', r)).status, 200);
      const changed = await post(receiver, '/api/consent', { ...r, method: 'accept' });
      assert.equal(changed.status, 409);
      assert.match((await changed.json()).error, /already stored/);
      const listed = await (await get(receiver, '/api/consent', asAdmin)).json();
      assert.deepEqual(
        listed.filter((row) => row.record.id === r.id).map((row) => row.record.method),
        ['reject'],
      );
    });

    test(`${kind}: records that arrive together are written in one transaction`, async () => {
      const { store: inner } = await freshStore(kind);
      let transactions = 0;
      const counting = { ...inner, transaction: (work) => (transactions++, inner.transaction(work)) };
      const batching = createReceiver({ policy, store: counting, rateLimit: false, log: () => {} });
      try {
        await batching.ready;
        transactions = 0;
        // Posts read in one turn of the event loop (as from several sockets at once): without a pause
        // before a batch, the first one's transaction would start alone.
        const answers = await Promise.all(Array.from({ length: 20 }, () => post(batching, '/api/consent', record())));
        const statuses = answers.map((answer) => answer.status);
        assert.deepEqual(new Set(statuses), new Set([201]));
        assert.equal(transactions, 1);
      } finally {
        await batching.close();
      }
    });

    test(`${kind}: under a steady stream, batches start at least 10 ms apart`, async () => {
      const { store: inner } = await freshStore(kind);
      const starts = [];
      const timing = { ...inner, transaction: (work) => (starts.push(performance.now()), inner.transaction(work)) };
      const batching = createReceiver({ policy, store: timing, rateLimit: false, log: () => {} });
      try {
        await batching.ready;
        starts.length = 0;
        const answers = [];
        for (let i = 0; i < 30; i++) {
          answers.push(post(batching, '/api/consent', record()));
          await new Promise((ok) => setTimeout(ok, 2));
        }
        assert.deepEqual(new Set((await Promise.all(answers)).map((a) => a.status)), new Set([201]));
        const gaps = starts.slice(1).map((t, i) => t - starts[i]);
        // 9 ms: timers keep time in whole milliseconds.
        assert.ok(
          gaps.every((gap) => gap >= 9),
          `gaps between batches: ${gaps.map((g) => g.toFixed(1)).join(', ')} ms`,
        );
      } finally {
        await batching.close();
      }
    });

    test(`${kind}: sendBeacon's Blob type and a charset are taken; every other content type is 415`, async () => {
      assert.equal(
        (await post(receiver, '/api/consent', record(), { 'content-type': 'application/json;charset=UTF-8' })).status,
        201,
      );
      for (const type of [
        'text/plain',
        'text/plain;charset=UTF-8',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        '',
      ])
        assert.equal((await post(receiver, '/api/consent', record(), { 'content-type': type })).status, 415, type);
    });

    test(`${kind}: hostile bodies get a 4xx with a JSON reason, and nothing is stored`, async () => {
      const before = (await (await get(receiver, '/api/consent?limit=10000', asAdmin)).json()).length;
      const bad = [
        ['not JSON', '{"id": ', 400],
        ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 400],
        ['an array', [], 422],
        ['null', 'null', 422],
        ['a number id', record({ id: 42 }), 422],
        ['a short id', record({ id: 'x' }), 422],
        ['an unknown policy version', record({ policyVersion: '1999' }), 422],
        ['a category the policy lacks', record({ choices: { ...record().choices, spying: true } }), 422],
        ['a necessary category refused', record({ choices: { ...record().choices, necessary: false } }), 422],
        ['a string for a choice', record({ choices: { ...record().choices, analytics: 'yes' } }), 422],
        ['a method not in the list', record({ method: 'coerced' }), 422],
        ['gpc as a string', record({ gpc: '1' }), 422],
        ['expiry before the choice', record({ expires: '2000-01-01T00:00:00Z' }), 422],
        ['an extra field', { ...record(), admin: true }, 422],
        ['a prototype key', JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(record()).slice(1)}`), 422],
      ];
      for (const [name, body, status] of bad) {
        const response = await post(receiver, '/api/consent', body);
        assert.equal(response.status, status, name);
        assert.equal(typeof (await response.json()).error, 'string', name);
      }
      const issues = (await (await post(receiver, '/api/consent', record({ gpc: '1', method: 'x' }))).json()).issues;
      assert.deepEqual(issues.map((i) => i.path).sort(), ['$.gpc', '$.method']);
      // An older version the receiver was told about: its shape is checked, its categories cannot be.
      assert.equal(
        (
          await post(
            receiver,
            '/api/consent',
            record({ policyVersion: '2026-03-01', choices: { necessary: true, old: false } }),
          )
        ).status,
        201,
      );
      assert.equal((await (await get(receiver, '/api/consent?limit=10000', asAdmin)).json()).length, before + 1);
    });

    test(`${kind}: a huge body is 413, by its Content-Length or by what arrives`, async () => {
      const huge = JSON.stringify(
        record({
          language: 'en',
          choices: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, true])),
        }),
      );
      assert.ok(huge.length > 64 * 1024);
      assert.equal((await post(receiver, '/api/consent', huge)).status, 413);
      const stream = new ReadableStream({
        start(c) {
          for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode(' '.repeat(1024)));
          c.close();
        },
      });
      const chunked = new Request('http://receiver.test/api/consent', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      });
      assert.equal((await receiver(chunked)).status, 413);
    });

    test(`${kind}: a rights request gets a reference, a secret and the policy's due date; the secret reads it, nothing else does`, async () => {
      const response = await post(receiver, '/api/privacy-requests', {
        right: 'access',
        email: ' v@example.com ',
        details: 'All of it.',
        reference: 'PR-MINE',
        status: 'done',
      });
      assert.equal(response.status, 201);
      const receipt = await response.json();
      assert.deepEqual(Object.keys(receipt).sort(), ['dueBy', 'reference', 'secret']);
      const due = new Date(receipt.dueBy);
      const expected = new Date();
      expected.setMonth(expected.getMonth() + 1); // the policy's P1M
      assert.ok(Math.abs(due - expected) < 864e5 * 1.5, `${receipt.dueBy} is a month away`);
      const mine = await (
        await get(receiver, `/api/privacy-requests/${receipt.reference}`, { authorization: `Bearer ${receipt.secret}` })
      ).json();
      assert.deepEqual([mine.status, mine.dueBy, mine.email], ['received', receipt.dueBy, undefined]);
      for (const headers of [
        {},
        { authorization: 'Bearer forged-secret' },
        { authorization: `Bearer ${receipt.secret}x` },
        { authorization: `Basic ${receipt.secret}` },
      ])
        assert.equal((await get(receiver, `/api/privacy-requests/${receipt.reference}`, headers)).status, 404);
      assert.equal((await get(receiver, '/api/privacy-requests/PR-NOPE0-NOPE0', asAdmin)).status, 404);
      const full = await (await get(receiver, `/api/privacy-requests/${receipt.reference}`, asAdmin)).json();
      assert.deepEqual([full.email, full.details, full.status], ['v@example.com', 'All of it.', 'received']);
    });

    test(`${kind}: a right's own deadline wins over the policy's; rights not offered by the endpoint are refused`, async () => {
      const optOut = await (
        await post(receiver, '/api/privacy-requests', { right: 'opt-out-sale', email: 'o@example.com' })
      ).json();
      assert.ok(Math.abs(new Date(optOut.dueBy) - Date.now() - 15 * 864e5) < 2 * 36e5, 'P15D');
      for (const body of [
        { right: 'withdraw-consent', email: 'w@example.com' },
        { right: 'erase-everything', email: 'w@example.com' },
        { right: 'access', email: 'a@b' },
        { right: 'access', email: 'a@example.com', details: 'x'.repeat(10_001) },
        { right: 'access', email: 'a@example.com', details: 7 },
      ])
        assert.equal(
          (await post(receiver, '/api/privacy-requests', body)).status,
          422,
          JSON.stringify(body).slice(0, 80),
        );
    });

    test(`${kind}: the same Idempotency-Key returns the same receipt and stores one request; reused for another request it is 409`, async () => {
      const key = crypto.randomUUID();
      const body = { right: 'portability', email: 'retry@example.com', details: 'Once.' };
      const replies = await Promise.all(
        [1, 2, 3].map(() => post(receiver, '/api/privacy-requests', body, { 'idempotency-key': key })),
      );
      assert.deepEqual(
        replies.map((r) => r.status),
        [201, 201, 201],
      );
      const receipts = await Promise.all(replies.map((r) => r.json()));
      assert.deepEqual(receipts[1], receipts[0]);
      assert.deepEqual(receipts[2], receipts[0]);
      assert.equal(
        (
          await get(receiver, `/api/privacy-requests/${receipts[0].reference}`, {
            authorization: `Bearer ${receipts[0].secret}`,
          })
        ).status,
        200,
      );
      assert.equal((await listRequests(store)).filter((r) => r.email === 'retry@example.com').length, 1);
      assert.equal(
        (await post(receiver, '/api/privacy-requests', { ...body, details: 'Other.' }, { 'idempotency-key': key }))
          .status,
        409,
      );
      assert.equal((await post(receiver, '/api/privacy-requests', body, { 'idempotency-key': 'short' })).status, 400);
    });

    test(`${kind}: CORS for the allowed origins only, preflight included`, async () => {
      const preflight = (origin) =>
        receiver(
          new Request('http://receiver.test/api/privacy-requests', {
            method: 'OPTIONS',
            headers: {
              origin,
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'content-type, idempotency-key',
            },
          }),
        );
      const allowed = await preflight('https://shop.example');
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://shop.example');
      assert.match(allowed.headers.get('access-control-allow-headers'), /idempotency-key/);
      const refused = await preflight('https://evil.example');
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      const cross = await post(receiver, '/api/consent', record(), { origin: 'https://shop.example' });
      assert.equal(cross.status, 201);
      assert.equal(cross.headers.get('access-control-allow-origin'), 'https://shop.example');
      for (const origin of ['https://evil.example', 'null', 'https://shop.example.evil.example'])
        assert.equal((await post(receiver, '/api/consent', record(), { origin })).status, 403, origin);
      assert.equal(
        (await post(receiver, '/api/consent', record(), { origin: 'http://receiver.test' })).status,
        201,
        'the own origin',
      );
    });

    test(`${kind}: gpc.json from the policy; unknown paths and methods are refused`, async () => {
      const gpc = await get(receiver, '/.well-known/gpc.json');
      assert.deepEqual(await gpc.json(), { gpc: true, lastUpdate: policy.lastUpdated ?? policy.effectiveDate });
      assert.equal((await get(receiver, '/api/other')).status, 404);
      assert.equal((await receiver(new Request('http://receiver.test/api/consent', { method: 'DELETE' }))).status, 405);
      assert.equal(
        (await receiver(new Request('http://receiver.test/api/privacy-requests/x', { method: 'PUT' }))).status,
        405,
      );
      assert.equal(
        (await get(receiver, '/api/consent', { authorization: 'Bearer wrong-wrong-wrong-wrong' })).status,
        401,
      );
      assert.equal((await get(receiver, '/api/consent?since=soon', asAdmin)).status, 400);
      assert.equal((await get(receiver, '/api/privacy-requests/%E0%A4%A', asAdmin)).status, 404);
    });

    test(`${kind}: through node:http, as Express would mount it, other paths go on to next()`, async () => {
      const listener = toNodeListener(receiver);
      const server = createServer((req, res) => listener(req, res, () => (res.writeHead(418), res.end())));
      await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
      const url = `http://127.0.0.1:${server.address().port}`;
      try {
        const r = record();
        const answer = await fetch(`${url}/api/consent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(r),
        });
        assert.equal(answer.status, 201);
        assert.equal((await fetch(`${url}/elsewhere`)).status, 418);
        const big = await fetch(`${url}/api/consent`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: 'x'.repeat(200_000),
        }).catch((e) => e);
        assert.ok(big instanceof Error || big.status === 413);
      } finally {
        server.closeAllConnections();
        await new Promise((ok) => server.close(ok));
      }
    });
  });
}

describe('receiver limits', () => {
  test('a client past its token bucket gets 429 with Retry-After; another client does not', async () => {
    const { store } = await freshStore('pglite');
    const receiver = createReceiver({ policy, store, rateLimit: { burst: 3, perSecond: 0.5 }, log: () => {} });
    try {
      const from = (address) =>
        receiver(new Request('http://receiver.test/.well-known/gpc.json'), { address }) &&
        receiver(new Request('http://receiver.test/api/privacy-requests/PR-X'), { address });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await from('10.0.0.1')).status);
      assert.deepEqual(statuses, [404, 404, 404, 429]);
      const limited = await from('10.0.0.1');
      // The next token comes 2 s after the bucket ran dry; on a slow machine some of that has passed.
      assert.ok(['1', '2'].includes(limited.headers.get('retry-after')), limited.headers.get('retry-after'));
      assert.deepEqual(await limited.json(), { error: 'too many requests' });
      assert.equal((await from('10.0.0.2')).status, 404);
    } finally {
      await receiver.close();
    }
  });

  test('a store that fails is 503 with nothing acknowledged, and no rejection goes unhandled', async () => {
    const rejections = [];
    const onRejection = (e) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    const lines = [];
    const failing = {
      kind: 'pglite',
      location: 'nowhere',
      query: () => Promise.reject(new Error('disk on fire')),
      transaction: () => Promise.reject(new Error('disk on fire')),
      close: async () => {},
    };
    const broken = createReceiver({ policy, store: failing, rateLimit: false, log: (l) => lines.push(l) });
    const unopenable = createReceiver({
      policy,
      store: Promise.reject(new Error('no such host')),
      rateLimit: false,
      log: (l) => lines.push(l),
    });
    try {
      for (const receiver of [broken, unopenable]) {
        const consent = await post(receiver, '/api/consent', record());
        assert.equal(consent.status, 503);
        assert.equal(consent.headers.get('retry-after'), '5');
        assert.match((await consent.json()).error, /nothing was stored/);
        assert.equal(
          (await post(receiver, '/api/privacy-requests', { right: 'access', email: 'a@example.com' })).status,
          503,
        );
      }
      await new Promise((ok) => setTimeout(ok, 50));
      assert.deepEqual(rejections, []);
      assert.ok(lines.some((l) => /disk on fire|no such host/.test(l)));
    } finally {
      process.off('unhandledRejection', onRejection);
      await broken.close();
      await unopenable.close();
    }
  });

  test('options are checked when the receiver is made', () => {
    const store = Promise.reject(new Error('unused'));
    store.catch(() => {});
    assert.throws(() => createReceiver({ policy: { version: '1' }, store }), /policy is not valid/);
    assert.throws(() => createReceiver({ policy, store, adminToken: 'short' }), /16 characters/);
    assert.throws(() => createReceiver({ policy, store, retention: { records: '13 months' } }), /ISO 8601/);
  });
});
