import type { ReceiverStore } from './store.js';

/** The start of the consent chain: the previous hash of its first row. */
export const GENESIS_HASH = '0'.repeat(64);

export const REQUEST_STATUSES = ['received', 'in-progress', 'extended', 'done', 'refused'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * The schema, one step per version, never edited once released: a database records which steps it
 * has, and the receiver (or any admin command) applies the missing ones when it opens the store.
 */
const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'consent log and rights requests',
    sql: `
      create table privacy_consent_log (
        seq bigint primary key,
        kind text not null check (kind in ('record', 'checkpoint')),
        record_id text unique,
        received_at timestamptz not null,
        body jsonb not null,
        prev_hash text not null,
        hash text not null,
        check ((kind = 'record') = (record_id is not null))
      );
      create index privacy_consent_log_received_at on privacy_consent_log (received_at);
      -- One row: the chain's head (checked against the last row, so deleting it shows) and its
      -- anchor (the hash of the last row a purge removed). Appends lock it, which orders them.
      create table privacy_consent_chain (
        id integer primary key check (id = 1),
        last_seq bigint not null,
        last_hash text not null,
        anchor_seq bigint not null,
        anchor_hash text not null
      );
      insert into privacy_consent_chain values (1, 0, '${GENESIS_HASH}', 0, '${GENESIS_HASH}');
      create table privacy_requests (
        reference text primary key,
        secret_hash text not null,
        idempotency_key_hash text unique,
        idempotency_salt text,
        payload_hash text not null,
        right_id text not null,
        email text not null,
        details text not null,
        account_identifier text,
        received_at timestamptz not null,
        due_by timestamptz not null,
        extension text,
        status text not null check (status in (${REQUEST_STATUSES.map((s) => `'${s}'`).join(', ')})),
        extended boolean not null default false,
        updated_at timestamptz not null
      );
      create index privacy_requests_due_by on privacy_requests (due_by);
    `,
  },
];

/** Applies the missing migrations, each in its own transaction; concurrent starts wait for each other. */
export async function migrate(store: ReceiverStore): Promise<number[]> {
  const applied: number[] = [];
  for (const step of MIGRATIONS) {
    const done = await store.transaction(async (sql) => {
      await sql.query(`select pg_advisory_xact_lock(hashtext(current_schema() || '.privacy_migrations'))`);
      await sql.query(
        'create table if not exists privacy_migrations (version integer primary key, name text not null, applied_at timestamptz not null)',
      );
      const { rows } = await sql.query('select 1 from privacy_migrations where version = $1', [step.version]);
      if (rows.length) return false;
      for (const statement of step.sql
        .split(/;\s*$/m)
        .map((s) => s.trim())
        .filter(Boolean))
        await sql.query(statement);
      await sql.query('insert into privacy_migrations (version, name, applied_at) values ($1, $2, now())', [
        step.version,
        step.name,
      ]);
      return true;
    });
    if (done) applied.push(step.version);
  }
  return applied;
}
