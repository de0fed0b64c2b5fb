import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { addDuration, parseDuration } from '../core/duration.js';
import type { RequestPayload } from '../core/requests/request.js';
import type { Manifest } from '../core/manifest/schema.js';
import { REQUEST_STATUSES, type RequestStatus } from './migrations.js';
import type { ReceiverStore, SqlClient } from './store.js';

export { REQUEST_STATUSES, type RequestStatus };

/** What the visitor is given once: the reference to quote, the secret to look the request up, the due date. */
export interface RequestReceipt {
  readonly reference: string;
  readonly secret: string;
  readonly dueBy: string;
}

export interface StoredRequest extends RequestPayload {
  readonly reference: string;
  readonly receivedAt: string;
  readonly dueBy: string;
  readonly status: RequestStatus;
  readonly extended: boolean;
  readonly updatedAt: string;
}

/** When no deadline is in the policy: one month, as GDPR Art. 12(3) allows at most. */
export const DEFAULT_DEADLINE = 'P1M';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L, U). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const newReference = () =>
  `PR-${Array.from({ length: 10 }, (_, i) => (i === 5 ? '-' : '') + REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('')}`;

/**
 * The secret of a request sent with an idempotency key is derived from the key and a random salt
 * kept with the request: a retry with the same key gets the same secret back, while the database
 * holds neither the secret nor the key, only their hashes.
 */
const secretFor = (salt: string, key?: string) =>
  key ? createHmac('sha256', salt).update(key).digest('base64url') : randomBytes(32).toString('base64url');

const fromDb = (r: Record<string, unknown>): StoredRequest => ({
  reference: r.reference as string,
  right: r.right_id as StoredRequest['right'],
  email: r.email as string,
  details: r.details as string,
  ...(r.account_identifier ? { accountIdentifier: r.account_identifier as string } : {}),
  receivedAt: new Date(r.received_at as string).toISOString(),
  dueBy: new Date(r.due_by as string).toISOString(),
  status: r.status as RequestStatus,
  extended: !!r.extended,
  updatedAt: new Date(r.updated_at as string).toISOString(),
});

/** A key reused for another request: its first request stands. */
export class KeyReused extends Error {}

/** The deadline the policy gives a right: its own, else the policy's, else one month. */
export function deadlineFor(policy: Manifest, right: string) {
  const entry = policy.rights?.items.find((r) => r.right === right);
  return parseDuration(entry?.deadline ?? policy.rights?.deadline ?? DEFAULT_DEADLINE)!;
}

/**
 * Stores a request, or, for an idempotency key seen before with the same request, returns the
 * first receipt again. The receipt's secret is returned only here; the database keeps its hash.
 */
export async function createRequest(
  store: ReceiverStore,
  policy: Manifest,
  payload: RequestPayload,
  idempotencyKey?: string,
  now = new Date(),
): Promise<{ receipt: RequestReceipt; created: boolean }> {
  const payloadHash = sha256(
    JSON.stringify([payload.right, payload.email, payload.details, payload.accountIdentifier ?? null]),
  );
  const keyHash = idempotencyKey && sha256(idempotencyKey);
  const salt = randomBytes(32).toString('base64url');
  const secret = secretFor(salt, idempotencyKey);
  const dueBy = addDuration(now, deadlineFor(policy, payload.right)).toISOString();
  const reference = newReference();
  // Inserted first, in one statement: a key seen before (a retry, or a race between retries) makes it
  // insert nothing, and the first request's receipt is read instead.
  const inserted = await store.query<Record<string, unknown>>(
    `insert into privacy_requests (reference, secret_hash, idempotency_key_hash, idempotency_salt, payload_hash, right_id, email, details, account_identifier, received_at, due_by, extension, status, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'received', $10)
     on conflict (idempotency_key_hash) do nothing returning reference`,
    [
      reference,
      sha256(secret),
      keyHash ?? null,
      keyHash ? salt : null,
      payloadHash,
      payload.right,
      payload.email,
      payload.details,
      payload.accountIdentifier ?? null,
      now.toISOString(),
      dueBy,
      policy.rights?.extension ?? null,
    ],
  );
  if (inserted.rows.length) return { receipt: { reference, secret, dueBy }, created: true };
  const { rows } = await store.query<Record<string, unknown>>(
    'select reference, idempotency_salt, payload_hash, due_by from privacy_requests where idempotency_key_hash = $1',
    [keyHash],
  );
  if (!rows.length) throw new Error('a request kept the insert from happening and is gone');
  const [first] = rows;
  if (first.payload_hash !== payloadHash) throw new KeyReused('this Idempotency-Key was used for another request');
  const receipt = {
    reference: first.reference as string,
    secret: secretFor(first.idempotency_salt as string, idempotencyKey),
    dueBy: new Date(first.due_by as string).toISOString(),
  };
  return { receipt, created: false };
}

/** The request, for the holder of its secret or the admin; undefined for anyone else, as for a reference that does not exist. */
export async function readRequest(
  store: SqlClient,
  reference: string,
  secret: string | undefined,
  admin: boolean,
): Promise<StoredRequest | undefined> {
  const { rows } = await store.query<Record<string, unknown>>('select * from privacy_requests where reference = $1', [
    reference,
  ]);
  if (!rows.length) return undefined;
  if (admin) return fromDb(rows[0]);
  if (!secret) return undefined;
  const expected = Buffer.from(rows[0].secret_hash as string, 'hex');
  const given = Buffer.from(sha256(secret), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given) ? fromDb(rows[0]) : undefined;
}

export async function listRequests(
  store: SqlClient,
  { dueBefore, status }: { dueBefore?: Date; status?: RequestStatus } = {},
): Promise<StoredRequest[]> {
  const { rows } = await store.query<Record<string, unknown>>(
    'select * from privacy_requests where ($1::timestamptz is null or due_by < $1) and ($2::text is null or status = $2) order by due_by, reference',
    [dueBefore?.toISOString() ?? null, status ?? null],
  );
  return rows.map(fromDb);
}

/** Why a status cannot be set: the request is unknown, closed, already extended, or the policy has no extension. */
export class StatusRefused extends Error {}

/**
 * Moves a request to `status`. `extended` moves the due date, once, by the extension the policy
 * named when the request came in; `done` and `refused` close a request.
 */
export async function setRequestStatus(
  store: ReceiverStore,
  reference: string,
  status: RequestStatus,
  now = new Date(),
): Promise<StoredRequest> {
  return store.transaction(async (sql) => {
    const { rows } = await sql.query<Record<string, unknown>>(
      'select * from privacy_requests where reference = $1 for update',
      [reference],
    );
    if (!rows.length) throw new StatusRefused(`no request ${reference}`);
    const current = fromDb(rows[0]);
    if (current.status === 'done' || current.status === 'refused')
      throw new StatusRefused(`${reference} is closed (${current.status})`);
    let dueBy = current.dueBy;
    if (status === 'extended') {
      if (current.extended) throw new StatusRefused(`${reference} was extended already (due ${current.dueBy})`);
      const extension = parseDuration((rows[0].extension as string | null) ?? '');
      if (!extension)
        throw new StatusRefused(`the policy named no extension (rights.extension) when ${reference} came in`);
      dueBy = addDuration(new Date(current.dueBy), extension).toISOString();
    }
    const { rows: updated } = await sql.query<Record<string, unknown>>(
      'update privacy_requests set status = $2, due_by = $3, extended = extended or $4, updated_at = $5 where reference = $1 returning *',
      [reference, status, dueBy, status === 'extended', now.toISOString()],
    );
    return fromDb(updated[0]);
  });
}
