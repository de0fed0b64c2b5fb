// A receiver process killed with SIGKILL in the middle of a load, then started again on the same
// store: every write it acknowledged is there, and the consent chain verifies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, verifyLog } from '../../dist/server/index.js';
import { load, missingRequests, startReceiver, stopReceiver, storedRecordIds } from '../../bench/receiver-client.js';
import { freshDatabaseUrl, STORES } from './helpers.js';

for (const kind of STORES)
  test(`${kind}: after a SIGKILL mid-load, every acknowledged record and request is stored and the chain verifies`, async (t) => {
    const dataDir = kind === 'pglite' ? mkdtempSync(join(tmpdir(), 'privacy-sigkill-')) : undefined;
    const env =
      kind === 'pglite'
        ? { ...process.env, DATABASE_URL: '' }
        : { ...process.env, DATABASE_URL: await freshDatabaseUrl() };
    const first = await startReceiver(dataDir, env);
    const abort = new AbortController();
    // Killed once 10 records were acknowledged (however fast this machine is), with more in flight.
    let acknowledged = 0;
    let killAt;
    const enough = new Promise((ok) => (killAt = ok));
    const loading = load(first.url, {
      consentPerSecond: 50,
      requestsPerSecond: 5,
      ms: 30_000,
      signal: abort.signal,
      onAck: (kind) => kind === 'records' && ++acknowledged >= 10 && killAt(),
    });
    await Promise.race([enough, new Promise((ok) => setTimeout(ok, 20_000))]);
    first.child.kill('SIGKILL');
    await first.exited;
    abort.abort();
    const { acked, failed } = await loading;
    assert.ok(acked.records.length > 0, `${acked.records.length} records acknowledged before the kill`);
    const second = await startReceiver(dataDir, env);
    try {
      const stored = await storedRecordIds(second.url);
      assert.deepEqual(
        acked.records.filter((id) => !stored.has(id)),
        [],
        'acknowledged records missing',
      );
      assert.deepEqual(await missingRequests(second.url, acked.requests), [], 'acknowledged requests missing');
      t.diagnostic(
        `${kind}: ${acked.records.length} records and ${acked.requests.length} requests acknowledged, ${failed.records + failed.requests} cut off by the kill`,
      );
    } finally {
      await stopReceiver(second);
    }
    const store = await openStore({ dataDir, databaseUrl: env.DATABASE_URL });
    try {
      const verified = await verifyLog(store);
      assert.equal(verified.ok, true, JSON.stringify(verified));
    } finally {
      await store.close();
    }
  });
