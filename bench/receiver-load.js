// Load test of the receiver (npm run bench:receiver): a receiver process on loopback, consent records
// at 500/s and rights requests at 20/s for RECEIVER_LOAD_SECONDS (default 30, at most 60), then a
// count that every acknowledged write is in the store and the chain verifies; then the same load
// killed with SIGKILL after 2 s and the receiver restarted, with the same count. PGlite, and
// PostgreSQL when DATABASE_URL is set (in a schema of its own, dropped afterwards);
// RECEIVER_LOAD_STORES=pglite or =postgres runs one of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openStore, verifyLog } from '../dist/server/index.js';
import { load, startReceiver, stopReceiver } from './receiver-client.js';

const SECONDS = Math.min(Number(process.env.RECEIVER_LOAD_SECONDS ?? 30), 60);
const RATES = { consentPerSecond: 500, requestsPerSecond: 20, connections: 64 };

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};
const ms = (v) => `${v.toFixed(1)} ms`;

/** What the store holds of the acknowledged writes, and whether its chain verifies. */
async function audit(target, acked) {
  const store = await openStore(target);
  try {
    const { rows: records } = await store.query(
      'select count(*) as n from privacy_consent_log where record_id = any($1::text[])',
      [acked.records],
    );
    const { rows: requests } = await store.query(
      'select count(*) as n from privacy_requests where reference = any($1::text[])',
      [acked.requests.map((r) => r.reference)],
    );
    const chain = await verifyLog(store);
    return {
      records: Number(records[0].n),
      requests: Number(requests[0].n),
      chain: chain.ok ? `intact, ${chain.rows} rows` : `BROKEN: ${chain.problem}`,
    };
  } finally {
    await store.close();
  }
}

async function storeFor(kind) {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'privacy-receiver-bench-'));
    return {
      target: { dataDir },
      env: { ...process.env, DATABASE_URL: '' },
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const { default: pg } = await import('pg');
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    target: { databaseUrl: url.href },
    env: { ...process.env, DATABASE_URL: url.href },
    drop: async () => (await admin.query(`drop schema ${schema} cascade`), await admin.end()),
  };
}

async function run(kind) {
  const db = await storeFor(kind);
  try {
    const receiver = await startReceiver(db.dataDir, db.env);
    const steady = await load(receiver.url, { ...RATES, ms: SECONDS * 1000 });
    const receiverCpu = await stopReceiver(receiver);
    const stored = await audit(db.target, steady.acked);

    const victim = await startReceiver(db.dataDir, db.env);
    const abort = new AbortController();
    const loading = load(victim.url, { ...RATES, ms: 10_000, signal: abort.signal });
    await new Promise((ok) => setTimeout(ok, 2000));
    victim.child.kill('SIGKILL');
    await victim.exited;
    abort.abort();
    const killed = await loading;
    await stopReceiver(await startReceiver(db.dataDir, db.env)); // the restart: it opens, migrates and closes the store
    const afterKill = await audit(db.target, killed.acked);

    const line = (name, r, s) =>
      `  ${name}: sent ${r.sent.records} records (${(r.sent.records / r.seconds).toFixed(0)}/s) and ${r.sent.requests} requests (${(r.sent.requests / r.seconds).toFixed(1)}/s) in ${r.seconds.toFixed(1)} s; ` +
      `acknowledged ${r.acked.records.length} + ${r.acked.requests.length}, refused or cut off ${r.failed.records} + ${r.failed.requests}${
        Object.keys(r.why).length
          ? ` (${Object.entries(r.why)
              .map(([k, n]) => `${k}: ${n}`)
              .join(', ')})`
          : ''
      }; ` +
      `in the store: ${s.records} of ${r.acked.records.length} acknowledged records, ${s.requests} of ${r.acked.requests.length} requests; chain ${s.chain}`;
    console.log(
      `\n${kind}, ${SECONDS} s at ${RATES.consentPerSecond} records/s and ${RATES.requestsPerSecond} requests/s over ${RATES.connections} keep-alive connections:`,
    );
    console.log(line('steady', steady, stored));
    console.log(
      `  latency from the scheduled send, records: p50 ${ms(percentile(steady.latency.records, 50))}, p99 ${ms(percentile(steady.latency.records, 99))}, max ${ms(percentile(steady.latency.records, 100))}; ` +
        `requests: p50 ${ms(percentile(steady.latency.requests, 50))}, p99 ${ms(percentile(steady.latency.requests, 99))}, max ${ms(percentile(steady.latency.requests, 100))}`,
    );
    console.log(
      `  driver: sends late by p99 ${ms(percentile(steady.lag, 99))}, max ${ms(percentile(steady.lag, 100))}; CPU ${steady.driverCpuSeconds.toFixed(1)} s ` +
        `(${((100 * steady.driverCpuSeconds) / steady.seconds).toFixed(0)}% of a core); receiver process CPU ${receiverCpu?.toFixed(1)} s, start and stop included`,
    );
    console.log(line('SIGKILL after 2 s, restarted', killed, afterKill));
    const lost =
      steady.acked.records.length -
      stored.records +
      steady.acked.requests.length -
      stored.requests +
      killed.acked.records.length -
      afterKill.records +
      killed.acked.requests.length -
      afterKill.requests;
    return lost === 0 && !/BROKEN/.test(stored.chain + afterKill.chain);
  } finally {
    await db.drop();
  }
}

let ok = true;
const stores = (process.env.RECEIVER_LOAD_STORES ?? 'pglite,postgres').split(',');
for (const kind of ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])].filter((k) => stores.includes(k)))
  ok = (await run(kind)) && ok;
console.log(
  ok ? '\nevery acknowledged write was stored; the chains verify' : '\nLOST acknowledged writes or a broken chain',
);
process.exitCode = ok ? 0 : 1;
