// Starting, loading and killing a receiver process (bench/receiver-process.js): shared by the load
// test and the SIGKILL test.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
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
    const exited = new Promise((done) => child.once('exit', done));
    const lines = () =>
      out
        .split('\n')
        .slice(0, -1) // the last piece is an unfinished line
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l));
    child.stdout.on('data', (d) => {
      out += d;
      const [listening] = lines();
      if (listening)
        ok({
          child,
          url: `http://127.0.0.1:${listening.port}`,
          exited,
          stats: exited.then(() => lines().find((l) => 'cpuSeconds' in l)),
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
 * Posts JSON through `agent` (a keep-alive pool); resolves to the status and the parsed body, or
 * rejects when the connection fails or `signal` aborts first.
 */
function postJson(agent, url, path, body, headers, signal) {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = httpRequest(`${url}${path}`, {
      agent,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
      signal,
    });
    req.once('error', reject);
    req.once('response', (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.once('error', reject);
      res.once('end', () => {
        try {
          resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString()) });
        } catch (e) {
          reject(e);
        }
      });
    });
    req.end(payload);
  });
}

/**
 * Sends consent records at `consentPerSecond` and rights requests at `requestsPerSecond` (open loop:
 * each on its own schedule, whether or not earlier ones were answered) until `signal` aborts or `ms`
 * pass, over at most `connections` keep-alive connections, as many browsers would hold. A post not
 * answered within `answerWithinMs` of its scheduled time counts as cut off; `onAck(kind)` hears each
 * acknowledgement. Resolves to what was acknowledged (2xx), refused or cut off (`why`: how many for
 * each status or error); the latency of each
 * acknowledged post in ms, from its scheduled time (so time waiting for a free connection or for
 * a late driver counts); how late the driver itself sent (`lag`, ms), and the driver's CPU time.
 */
export async function load(
  url,
  { consentPerSecond, requestsPerSecond, ms, signal, answerWithinMs = 10_000, connections = 64, onAck },
) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const acked = { records: [], requests: [] };
  const failed = { records: 0, requests: 0 };
  const why = {}; // "records 503", "requests cut off", "records ECONNRESET": how many of each
  const fail = (kind, reason) => {
    failed[kind]++;
    why[`${kind} ${reason}`] = (why[`${kind} ${reason}`] ?? 0) + 1;
  };
  const latency = { records: [], requests: [] };
  const lag = [];
  const pending = new Set();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const send = (kind, scheduled, path, body, headers = {}) => {
    lag.push(performance.now() - scheduled);
    // A timer of our own, not AbortSignal.timeout: its timer does not keep the process alive, and a
    // post to a killed server must still settle.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), Math.max(0, scheduled + answerWithinMs - performance.now()));
    const p = postJson(agent, url, path, body, headers, timeout.signal)
      .then(({ status, body: reply }) => {
        if (status >= 300) return fail(kind, status);
        latency[kind].push(performance.now() - scheduled);
        acked[kind].push(kind === 'records' ? body.id : reply);
        onAck?.(kind);
      })
      .catch((e) => fail(kind, timeout.signal.aborted ? 'cut off' : (e.code ?? e.name)))
      .finally(() => {
        clearTimeout(timer);
        pending.delete(p);
      });
    pending.add(p);
  };
  let sentRecords = 0;
  let sentRequests = 0;
  while (!signal?.aborted && performance.now() - start < ms) {
    const elapsed = (performance.now() - start) / 1000;
    while (sentRecords < elapsed * consentPerSecond) {
      send('records', start + (sentRecords * 1000) / consentPerSecond, '/api/consent', consentRecord());
      sentRecords++;
    }
    while (sentRequests < elapsed * requestsPerSecond) {
      send(
        'requests',
        start + (sentRequests * 1000) / requestsPerSecond,
        '/api/privacy-requests',
        { right: 'access', email: `load${sentRequests}@example.com`, details: 'Load test.' },
        { 'idempotency-key': randomUUID() },
      );
      sentRequests++;
    }
    await new Promise((ok) => setTimeout(ok, 5));
  }
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(pending);
  agent.destroy();
  const used = process.cpuUsage(cpu);
  return {
    acked,
    failed,
    why,
    latency,
    lag,
    sent: { records: sentRecords, requests: sentRequests },
    seconds,
    driverCpuSeconds: (used.user + used.system) / 1e6,
  };
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

/** Stops a receiver process cleanly (SIGTERM: it closes its store); resolves to the CPU seconds it used. */
export async function stopReceiver({ child, stats }) {
  child.kill('SIGTERM');
  return (await stats)?.cpuSeconds;
}
