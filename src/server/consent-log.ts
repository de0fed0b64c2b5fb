import { createHash } from 'node:crypto';
import { addDuration, type Duration } from '../core/duration.js';
import type { ConsentRecord } from '../core/consent/record.js';
import type { ReceiverStore, SqlClient } from './store.js';

/** JSON with every object's keys sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export interface LogRow {
  readonly seq: number;
  readonly kind: 'record' | 'checkpoint';
  readonly recordId: string | null;
  readonly receivedAt: string;
  readonly body: Record<string, unknown>;
  readonly prevHash: string;
  readonly hash: string;
}

/** A row's hash: SHA-256 over the canonical JSON of everything in it, the previous row's hash included. */
export const hashRow = (row: Omit<LogRow, 'hash'>) =>
  createHash('sha256')
    .update(
      canonicalJson({
        seq: row.seq,
        kind: row.kind,
        recordId: row.recordId,
        receivedAt: row.receivedAt,
        body: row.body,
        prevHash: row.prevHash,
      }),
    )
    .digest('hex');

const COLUMNS = 'seq, kind, record_id, received_at, body, prev_hash, hash';
const fromDb = (r: Record<string, unknown>): LogRow => ({
  seq: Number(r.seq),
  kind: r.kind as LogRow['kind'],
  recordId: (r.record_id as string | null) ?? null,
  receivedAt: new Date(r.received_at as string | Date).toISOString(),
  body: typeof r.body === 'string' ? JSON.parse(r.body) : (r.body as Record<string, unknown>),
  prevHash: r.prev_hash as string,
  hash: r.hash as string,
});

/** The same record id came again with other content: the first one stands. */
export class RecordConflict extends Error {}

interface Chain {
  lastSeq: number;
  lastHash: string;
  anchorSeq: number;
  anchorHash: string;
}

/** Locks the chain's head row until the transaction ends: appends and purges take turns, in every process. */
async function lockChain(sql: SqlClient): Promise<Chain> {
  const { rows } = await sql.query<Record<string, unknown>>(
    'select last_seq, last_hash, anchor_seq, anchor_hash from privacy_consent_chain where id = 1 for update',
  );
  const [r] = rows;
  return {
    lastSeq: Number(r.last_seq),
    lastHash: String(r.last_hash),
    anchorSeq: Number(r.anchor_seq),
    anchorHash: String(r.anchor_hash),
  };
}

/** Inserts rows that continue the chain and moves its head to the last of them, in one statement. */
async function insertRows(sql: SqlClient, rows: readonly LogRow[]) {
  if (!rows.length) return;
  const column = <K extends keyof LogRow>(key: K) =>
    rows.map((r) => (key === 'body' ? JSON.stringify(r.body) : r[key]));
  const last = rows[rows.length - 1];
  await sql.query(
    `with inserted as (
       insert into privacy_consent_log (${COLUMNS})
       select s, k, r, t::timestamptz, b::jsonb, p, h
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as u(s, k, r, t, b, p, h)
     )
     update privacy_consent_chain set last_seq = $8, last_hash = $9 where id = 1`,
    [
      column('seq').map(String),
      column('kind'),
      column('recordId'),
      column('receivedAt'),
      column('body'),
      column('prevHash'),
      column('hash'),
      String(last.seq),
      last.hash,
    ],
  );
}

const chained = (
  chain: { lastSeq: number; lastHash: string },
  row: Omit<LogRow, 'seq' | 'prevHash' | 'hash'>,
): LogRow => {
  const next = { ...row, seq: chain.lastSeq + 1, prevHash: chain.lastHash };
  const hash = hashRow(next);
  chain.lastSeq = next.seq;
  chain.lastHash = hash;
  return { ...next, hash };
};

export type Appended = { readonly created: boolean; readonly receivedAt: string };

interface Pending {
  readonly record: ConsentRecord;
  readonly done: (result: Appended | Error) => void;
}

/**
 * The append-only log of consent records. Appends are queued and written in batches, one
 * transaction each (a group commit): each waiting request is answered only after its batch commits.
 * Batches start at least `spacingMs` apart: a transaction costs far more than a row, so under a
 * steady stream the records of a few milliseconds share one, while a record that comes alone is
 * written at once.
 */
export class ConsentLog {
  private queue: Pending[] = [];
  private writing = false;
  private lastBatch = -Infinity;

  constructor(
    private readonly store: ReceiverStore,
    private readonly batchSize = 256,
    private readonly spacingMs = 10,
  ) {}

  /** Appends a record; a record id already stored with the same content is acknowledged again, not stored twice. */
  append(record: ConsentRecord): Promise<Appended> {
    return new Promise((resolve, reject) => {
      this.queue.push({ record, done: (r) => (r instanceof Error ? reject(r) : resolve(r)) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain() {
    this.writing = true;
    while (this.queue.length) {
      // Let the posts whose bytes have already arrived reach the queue first. PGlite answers through
      // promises alone, never through I/O, so without this pause a batch would start (and run to its
      // commit) as soon as the first record came, and every record would get a transaction of its own.
      const wait =
        this.queue.length < this.batchSize ? Math.ceil(this.lastBatch + this.spacingMs - performance.now()) : 0;
      await new Promise((resolve) => (wait > 0 ? setTimeout(resolve, wait) : setImmediate(resolve)));
      this.lastBatch = performance.now();
      const batch = this.queue.splice(0, this.batchSize);
      try {
        const results = await this.store.transaction((sql) => this.write(sql, batch));
        batch.forEach((p, i) => p.done(results[i]));
      } catch (e) {
        batch.forEach((p) => p.done(e instanceof Error ? e : new Error(String(e))));
      }
    }
    this.writing = false;
  }

  private async write(sql: SqlClient, batch: readonly Pending[]): Promise<(Appended | Error)[]> {
    const chain = await lockChain(sql);
    const ids = [...new Set(batch.map((p) => p.record.id))];
    const { rows } = await sql.query<Record<string, unknown>>(
      'select record_id, received_at, body from privacy_consent_log where record_id = any($1::text[])',
      [ids],
    );
    const known = new Map(
      rows.map((r) => [
        r.record_id as string,
        {
          body: canonicalJson(typeof r.body === 'string' ? JSON.parse(r.body) : r.body),
          receivedAt: new Date(r.received_at as string).toISOString(),
        },
      ]),
    );
    const receivedAt = new Date().toISOString();
    const added: LogRow[] = [];
    const results = batch.map(({ record }): Appended | Error => {
      const body = canonicalJson(record);
      const stored = known.get(record.id);
      if (stored)
        return stored.body === body
          ? { created: false, receivedAt: stored.receivedAt }
          : new RecordConflict(`record ${record.id} is already stored with other content`);
      known.set(record.id, { body, receivedAt });
      added.push(chained(chain, { kind: 'record', recordId: record.id, receivedAt, body: { ...record } }));
      return { created: true, receivedAt };
    });
    await insertRows(sql, added);
    return results;
  }
}

export type Verification =
  | { readonly ok: true; readonly rows: number; readonly records: number; readonly head: { seq: number; hash: string } }
  | { readonly ok: false; readonly seq: number; readonly recordId: string | null; readonly problem: string };

/** Walks the chain from its anchor to its head; names the first row that is missing, changed or out of order. */
export async function verifyLog(store: SqlClient, pageSize = 2000): Promise<Verification> {
  const { rows: heads } = await store.query<Record<string, unknown>>(
    'select last_seq, last_hash, anchor_seq, anchor_hash from privacy_consent_chain where id = 1',
  );
  const head = { seq: Number(heads[0].last_seq), hash: String(heads[0].last_hash) };
  let prev = { seq: Number(heads[0].anchor_seq), hash: String(heads[0].anchor_hash) };
  let count = 0;
  let records = 0;
  for (;;) {
    const { rows } = await store.query<Record<string, unknown>>(
      `select ${COLUMNS} from privacy_consent_log where seq > $1 order by seq limit ${pageSize}`,
      [String(prev.seq)],
    );
    for (const raw of rows) {
      const row = fromDb(raw);
      const fail = (problem: string) => ({ ok: false as const, seq: row.seq, recordId: row.recordId, problem });
      if (row.seq !== prev.seq + 1)
        return {
          ok: false,
          seq: prev.seq + 1,
          recordId: null,
          problem: `row ${prev.seq + 1} is missing (row ${row.seq} follows row ${prev.seq})`,
        };
      if (row.prevHash !== prev.hash)
        return fail(`row ${row.seq} does not follow row ${prev.seq}: its previous hash is not that row's hash`);
      if (hashRow(row) !== row.hash)
        return fail(`row ${row.seq} was changed after it was written: its content does not match its hash`);
      prev = { seq: row.seq, hash: row.hash };
      count++;
      if (row.kind === 'record') records++;
    }
    if (rows.length < pageSize) break;
  }
  if (prev.seq < head.seq)
    return {
      ok: false,
      seq: prev.seq + 1,
      recordId: null,
      problem: `row ${prev.seq + 1} is missing: the chain's head is row ${head.seq}, the last row is ${prev.seq}`,
    };
  if (prev.seq !== head.seq || prev.hash !== head.hash)
    return {
      ok: false,
      seq: prev.seq,
      recordId: null,
      problem: `row ${prev.seq} is not the chain's recorded head (row ${head.seq})`,
    };
  return { ok: true, rows: count, records, head };
}

export interface Purge {
  readonly removed: number;
  readonly fromSeq?: number;
  readonly throughSeq?: number;
  readonly olderThan: string;
}

/** `now` minus a duration, counted back on the calendar as `addDuration` counts forward. */
export const before = (now: Date, d: Duration) =>
  addDuration(now, {
    years: -d.years,
    months: -d.months,
    weeks: -d.weeks,
    days: -d.days,
    hours: -d.hours,
    minutes: -d.minutes,
    seconds: -d.seconds,
  });

/**
 * Removes the oldest rows, received before `cutoff`, and keeps the rest verifiable: the removed
 * part's last hash becomes the chain's anchor, and a checkpoint row appended to the chain says what
 * went (how many rows, which sequence numbers, the anchor hash). Only a prefix of the chain goes.
 */
export async function purgeLog(store: ReceiverStore, cutoff: Date): Promise<Purge> {
  const olderThan = cutoff.toISOString();
  return store.transaction(async (sql) => {
    const chain = await lockChain(sql);
    const { rows } = await sql.query<Record<string, unknown>>(
      'select min(seq) as seq from privacy_consent_log where received_at >= $1',
      [olderThan],
    );
    const through = rows[0].seq === null ? chain.lastSeq : Number(rows[0].seq) - 1;
    if (through <= chain.anchorSeq) return { removed: 0, olderThan };
    const { rows: last } = await sql.query<Record<string, unknown>>(
      'select hash from privacy_consent_log where seq = $1',
      [String(through)],
    );
    if (!last.length) throw new Error(`row ${through} is missing: run "records verify" before purging`);
    const { rows: gone } = await sql.query<Record<string, unknown>>(
      "select count(*) as n, count(*) filter (where kind = 'record') as records from privacy_consent_log where seq <= $1",
      [String(through)],
    );
    await sql.query('delete from privacy_consent_log where seq <= $1', [String(through)]);
    const anchorHash = String(last[0].hash);
    await sql.query('update privacy_consent_chain set anchor_seq = $1, anchor_hash = $2 where id = 1', [
      String(through),
      anchorHash,
    ]);
    const purge = { removed: Number(gone[0].n), fromSeq: chain.anchorSeq + 1, throughSeq: through, olderThan };
    const checkpoint = chained(chain, {
      kind: 'checkpoint',
      recordId: null,
      receivedAt: new Date().toISOString(),
      body: { purged: { ...purge, records: Number(gone[0].records), anchorHash } },
    });
    await insertRows(sql, [checkpoint]);
    return purge;
  });
}

/** The stored consent records in order, received at or after `since`, a page at a time. */
export async function* exportRecords(store: SqlClient, since?: Date, pageSize = 2000): AsyncGenerator<LogRow> {
  let after = -1;
  for (;;) {
    const { rows } = await store.query<Record<string, unknown>>(
      `select ${COLUMNS} from privacy_consent_log where kind = 'record' and seq > $1 and received_at >= $2 order by seq limit ${pageSize}`,
      [String(after), (since ?? new Date(0)).toISOString()],
    );
    for (const r of rows) yield fromDb(r);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1].seq);
  }
}
