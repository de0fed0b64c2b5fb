// Starting, loading and killing a receiver process (bench/receiver-process.js): shared by the load
// test and the SIGKILL test.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN } from './receiver-process.js';

const policy = JSON.parse(readFileSync(new URL('../demo/policies/example-shop.json', import.meta.url), 'utf8'));

/** Starts a receiver process on `dataDir` (or, without one, the DATABASE_URL in `env`); resolves once it listens. */
export function startReceiver(dataDir, env = process.env) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./receiver-process.js', import.meta.url)), ...(dataDir ? [dataDir] : [])],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line)
        ok({
          child,
          url: `http://127.0.0.1:${JSON.parse(line).port}`,
          exited: new Promise((done) => child.once('exit', done)),
        });
    });
    child.once('exit', (code) => fail(new Error(`the receiver exited (${code}) before it listened`)));
  });
}

export const consentRecord = () => ({
  id: randomUUID(),
  timestamp: new Date().toISOString(),
  policyVersion: policy.version,
  language: 'en',
  choices: Object.fromEntries(policy.cookies.categories.map((c) => [c.id, c.necessary || Math.random() < 0.5])),
  method: 'save',
  gpc: null,
  dnt: null,
  expires: new Date(Date.now() + 180 * 864e5).toISOString(),
});

/**
 * Sends consent records at `consentPerSecond` and rights requests at `requestsPerSecond` (open loop:
 * on schedule, whether or not earlier ones were answered) until `signal` aborts or `ms` pass; a
 * post not answered within `answerWithinMs` counts as cut off; `onAck(kind)` hears each acknowledgement. Resolves to what was acknowledged
 * (2xx), refused or cut off, and the latency of each acknowledged one in ms.
 */
export async function load(url, { consentPerSecond, requestsPerSecond, ms, signal, answerWithinMs = 10_000, onAck }) {
  const acked = { records: [], requests: [] };
  const failed = { records: 0, requests: 0 };
  const latency = { records: [], requests: [] };
  const pending = new Set();
  const send = (kind, path, body, headers = {}) => {
    const started = performance.now();
    // A timer of our own, not AbortSignal.timeout: its timer does not keep the process alive, and a
    // post to a killed server must still settle.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), answerWithinMs);
    const p = fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: timeout.signal,
    })
      .then(async (r) => {
        const reply = r.status < 300 ? await r.json() : (await r.arrayBuffer(), undefined);
        if (!reply) return failed[kind]++;
        latency[kind].push(performance.now() - started);
        acked[kind].push(kind === 'records' ? body.id : reply);
        onAck?.(kind);
      })
      .catch(() => failed[kind]++)
      .finally(() => (clearTimeout(timer), pending.delete(p)));
    pending.add(p);
  };
  const start = performance.now();
  let sentRecords = 0;
  let sentRequests = 0;
  while (!signal?.aborted && performance.now() - start < ms) {
    const elapsed = (performance.now() - start) / 1000;
    while (sentRecords < elapsed * consentPerSecond) {
      sentRecords++;
      send('records', '/api/consent', consentRecord());
    }
    while (sentRequests < elapsed * requestsPerSecond) {
      sentRequests++;
      send(
        'requests',
        '/api/privacy-requests',
        { right: 'access', email: `load${sentRequests}@example.com`, details: 'Load test.' },
        { 'idempotency-key': randomUUID() },
      );
    }
    await new Promise((ok) => setTimeout(ok, 5));
  }
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(pending);
  return { acked, failed, latency, sent: { records: sentRecords, requests: sentRequests }, seconds };
}

/** Every consent record id the receiver holds, read with the admin token. */
export async function storedRecordIds(url) {
  const rows = await (
    await fetch(`${url}/api/consent?limit=10000`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
  ).json();
  return new Set(rows.map((r) => r.record.id));
}

/** The acknowledged requests the receiver cannot find with their own secrets. */
export async function missingRequests(url, receipts) {
  const missing = [];
  for (const r of receipts)
    if (
      (await fetch(`${url}/api/privacy-requests/${r.reference}`, { headers: { authorization: `Bearer ${r.secret}` } }))
        .status !== 200
    )
      missing.push(r.reference);
  return missing;
}

/** Stops a receiver process cleanly (SIGTERM: it closes its store). */
export async function stopReceiver({ child, exited }) {
  child.kill('SIGTERM');
  await exited;
}
