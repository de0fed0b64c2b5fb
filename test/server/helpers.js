// Shared by the receiver's tests: every store the suite runs against (PGlite always, PostgreSQL when
// DATABASE_URL is set), each test with a fresh database of its own.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pgliteStore, postgresStore } from '../../dist/server/index.js';

export const STORES = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
export const policy = JSON.parse(
  readFileSync(new URL('../../demo/policies/example-shop.json', import.meta.url), 'utf8'),
);
export const ADMIN = 'server-tests-admin-token';

/** A connection string whose tables live in a new schema of their own: a fresh database on a shared server. */
export async function freshDatabaseUrl() {
  const { default: pg } = await import('pg');
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`create schema ${schema}`);
  await client.end();
  const url = new URL(process.env.DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.href;
}

/** A fresh store of `kind`, and how to reach it from the command line (`--db` or DATABASE_URL). */
export async function freshStore(kind) {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'privacy-receiver-'));
    return { store: await pgliteStore(dataDir), args: ['--db', dataDir], env: {}, dataDir };
  }
  const url = await freshDatabaseUrl();
  return { store: await postgresStore(url), args: [], env: { DATABASE_URL: url }, url };
}

/** A consent record as the banner makes one for the demo policy. */
export const record = (overrides = {}) => ({
  id: randomUUID(),
  timestamp: new Date().toISOString(),
  policyVersion: policy.version,
  language: 'en',
  choices: Object.fromEntries(policy.cookies.categories.map((c) => [c.id, !!c.necessary])),
  method: 'reject',
  gpc: null,
  dnt: false,
  expires: new Date(Date.now() + 180 * 864e5).toISOString(),
  ...overrides,
});

export const post = (receiver, path, body, headers = {}) =>
  receiver(
    new Request(`http://receiver.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    }),
    { address: '127.0.0.1' },
  );
export const get = (receiver, path, headers = {}) =>
  receiver(new Request(`http://receiver.test${path}`, { headers }), { address: '127.0.0.1' });
export const asAdmin = { authorization: `Bearer ${ADMIN}` };

/** Runs a command-line command with the database given; resolves to its exit code and output. */
export async function cli(run, args, env = {}) {
  const out = [];
  const err = [];
  const saved = process.env.DATABASE_URL;
  if (env.DATABASE_URL) process.env.DATABASE_URL = env.DATABASE_URL;
  else delete process.env.DATABASE_URL;
  try {
    const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}
