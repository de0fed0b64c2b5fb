import { createHash, timingSafeEqual } from 'node:crypto';
import { parseDuration } from '../core/duration.js';
import type { Manifest } from '../core/manifest/schema.js';
import { formatIssues, validateManifest } from '../core/manifest/validate.js';
import { gpcJson } from '../core/signals/gpc-json.js';
import { before, ConsentLog, exportRecords, purgeLog, RecordConflict, type Purge } from './consent-log.js';
import { migrate } from './migrations.js';
import { TokenBuckets, type RateLimit } from './rate-limit.js';
import { createRequest, KeyReused, readRequest } from './requests.js';
import type { ReceiverStore } from './store.js';
import { checkRecord, checkRequest, type BodyIssue } from './validate.js';

/** What the server knows of the client beyond the request itself. */
export interface ClientInfo {
  /** The peer's address (behind a proxy, the proxy's: give `rateLimit.key` to read a forwarded one). */
  readonly address?: string;
}

export interface ReceiverOptions {
  /** The site's policy manifest (validated here): its rights, deadlines, categories and GPC stance. */
  readonly policy: Manifest;
  readonly store: ReceiverStore | Promise<ReceiverStore>;
  /** Other origins whose pages may post (CORS), such as `https://www.example.com`. The receiver's own origin always may. */
  readonly allowOrigins?: readonly string[];
  /** A bearer token (16 characters or more) for reading any request and the consent records over HTTP; without one, nobody can. */
  readonly adminToken?: string;
  /** Earlier policy versions whose records are still taken (the current manifest's version always is). */
  readonly knownVersions?: readonly string[];
  /** Where the two endpoints live: `${basePath}/consent` and `${basePath}/privacy-requests`. Default `/api`. */
  readonly basePath?: string;
  /** Per-client token bucket; default 60 at once, 2 more each second, keyed by the peer address. `false`: none. */
  readonly rateLimit?:
    (Partial<RateLimit> & { readonly key?: (request: Request, client: ClientInfo) => string }) | false;
  /** Consent records older than `records` (ISO 8601 duration, e.g. `P13M`) are purged at start and then every `everyMs` (default a day). */
  readonly retention?: { readonly records: string; readonly everyMs?: number };
  /** Largest request body in bytes; default 64 KiB. */
  readonly maxBodyBytes?: number;
  /** Where the receiver reports store failures and purges; default `console.error`. */
  readonly log?: (line: string) => void;
}

/** A fetch-style handler: give it a `Request`, get a `Response`; it never rejects. */
export interface Receiver {
  (request: Request, client?: ClientInfo): Promise<Response>;
  /** Settles when the store is open and migrated; rejects if it cannot be (requests then get 503). */
  readonly ready: Promise<void>;
  /** Whether a path is one the receiver answers (for mounting beside other routes). */
  handles(pathname: string): boolean;
  /** Purges by the `retention` option now; resolves to what was removed. */
  purge(): Promise<Purge | undefined>;
  /** Stops the retention timer and closes the store. */
  close(): Promise<void>;
}

const GPC_PATH = '/.well-known/gpc.json';

/**
 * A request as the receiver reads it: from a fetch `Request`, or, through `toNodeListener`, from
 * Node's own request, without building a `Request` and a body stream for every post.
 */
export interface Incoming {
  readonly method: string;
  readonly url: URL;
  /** A header's value, repeated ones joined by ", " (as `Headers.get` does); null when absent. */
  header(name: string): string | null;
  /** The body's bytes as they arrive; leaving the loop early discards the rest. */
  readonly body: AsyncIterable<Uint8Array> | null;
  /** The request as a `Request`, for a `rateLimit.key` function (its body may be absent). */
  request(): Request;
}

/** The receiver's answer, before it becomes a `Response` or is written to Node's response. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | null;
}

/** The receiver's own entry for `toNodeListener`: an `Incoming` in, an `Answer` out; it never rejects. */
export const answerIncoming = Symbol('privacy-elements receiver: answer an Incoming');

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: { issues?: readonly BodyIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(body),
});

const fromRequest = (request: Request): Incoming => ({
  method: request.method,
  url: new URL(request.url),
  header: (name) => request.headers.get(name),
  body: request.body as AsyncIterable<Uint8Array> | null, // async iterable in Node, whatever the DOM types say
  request: () => request,
});

const digest = (text: string) => createHash('sha256').update(text).digest();
const bearer = (request: Incoming) => /^Bearer\s+(\S+)$/i.exec(request.header('authorization') ?? '')?.[1];

/** The body as JSON: only `application/json` (UTF-8), at most `max` bytes. */
async function readJson(request: Incoming, max: number): Promise<unknown> {
  const [type, ...params] = (request.header('content-type') ?? '')
    .toLowerCase()
    .split(';')
    .map((s) => s.trim());
  if (type !== 'application/json' || params.some((p) => p.startsWith('charset=') && !/^charset="?utf-8"?$/.test(p)))
    throw new HttpError(415, 'expected content-type application/json');
  if (Number(request.header('content-length')) > max)
    throw new HttpError(413, `body larger than ${max} bytes`, { headers: { connection: 'close' } });
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Throwing out of the loop cancels the stream: the rest of a body over the limit is never read.
  if (request.body)
    for await (const chunk of request.body) {
      size += chunk.byteLength;
      if (size > max) throw new HttpError(413, `body larger than ${max} bytes`, { headers: { connection: 'close' } });
      chunks.push(chunk);
    }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new HttpError(400, 'body is not UTF-8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
}

/**
 * The receiver of what the elements send: consent records (`POST {basePath}/consent`), rights
 * requests (`POST {basePath}/privacy-requests`, `GET {basePath}/privacy-requests/<reference>`) and
 * `/.well-known/gpc.json`. It opens and migrates the store at once; see docs/receiver.md.
 */
export function createReceiver(options: ReceiverOptions): Receiver {
  const checked = validateManifest(options.policy);
  if (!checked.ok) throw new Error(`the policy is not valid:\n${formatIssues(checked.issues)}`);
  const policy = checked.manifest;
  if (options.adminToken !== undefined && options.adminToken.length < 16)
    throw new Error('adminToken: use 16 characters or more');
  const retention = options.retention && parseDuration(options.retention.records);
  if (options.retention && !retention)
    throw new Error(`retention.records: expected an ISO 8601 duration such as P13M, got ${options.retention.records}`);
  const log = options.log ?? console.error;
  const base = (options.basePath ?? '/api').replace(/\/$/, '');
  const consentPath = `${base}/consent`;
  const requestsPath = `${base}/privacy-requests`;
  const maxBody = options.maxBodyBytes ?? 64 * 1024;
  const allowOrigins = new Set(options.allowOrigins ?? []);
  const adminDigest = options.adminToken === undefined ? undefined : digest(options.adminToken);
  const limits = options.rateLimit === false ? undefined : { burst: 60, perSecond: 2, ...options.rateLimit };
  const buckets = limits && new TokenBuckets(limits);
  const clientKey =
    (limits && options.rateLimit && options.rateLimit.key) ||
    ((_: Request, client: ClientInfo) => client.address ?? 'unknown');

  let store: ReceiverStore | undefined;
  let consentLog: ConsentLog | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  let closed = false;
  const purge = async () => {
    if (!retention) return undefined;
    await ready;
    const result = await purgeLog(store!, before(new Date(), retention));
    if (result.removed)
      log(
        `receiver: purged ${result.removed} consent log rows (${result.fromSeq} to ${result.throughSeq}) received before ${result.olderThan}`,
      );
    return result;
  };
  const ready = (async () => {
    store = await options.store;
    await migrate(store);
    consentLog = new ConsentLog(store);
    if (retention && !closed) {
      timer = setInterval(
        () => purge().catch((e) => log(`receiver: purge failed: ${e instanceof Error ? e.message : e}`)),
        options.retention!.everyMs ?? 86_400_000,
      );
      timer.unref?.();
      void purge().catch((e) => log(`receiver: purge failed: ${e instanceof Error ? e.message : e}`));
    }
  })();
  ready.catch((e) => log(`receiver: the store cannot be opened: ${e instanceof Error ? e.message : e}`));

  const isAdmin = (request: Incoming) => {
    const token = bearer(request);
    return !!adminDigest && !!token && timingSafeEqual(digest(token), adminDigest);
  };
  const handles = (path: string) =>
    path === GPC_PATH || path === consentPath || path === requestsPath || path.startsWith(`${requestsPath}/`);

  async function route(request: Incoming, url: URL, cors: Record<string, string>): Promise<Answer> {
    const path = url.pathname;
    const method = request.method;
    const only = (...allowed: string[]) => {
      if (!allowed.includes(method))
        throw new HttpError(405, `use ${allowed.join(' or ')}`, { headers: { allow: allowed.join(', ') } });
    };
    if (path === consentPath) {
      only('POST', 'GET');
      if (method === 'GET') {
        if (!isAdmin(request))
          throw new HttpError(401, 'the consent records are for the admin token only', {
            headers: { 'www-authenticate': 'Bearer' },
          });
        await ready;
        const since = url.searchParams.has('since') ? new Date(url.searchParams.get('since')!) : undefined;
        if (since && isNaN(+since)) throw new HttpError(400, 'since: expected a date such as 2026-01-31');
        const limit = Math.min(Number(url.searchParams.get('limit') ?? 1000) || 1000, 10_000);
        const rows = [];
        for await (const row of exportRecords(store!, since)) {
          rows.push({ seq: row.seq, receivedAt: row.receivedAt, record: row.body, hash: row.hash });
          if (rows.length >= limit) break;
        }
        return json(200, rows, cors);
      }
      const checked = checkRecord(await readJson(request, maxBody), policy, options.knownVersions ?? []);
      if (!checked.ok) throw new HttpError(422, 'not a valid consent record', { issues: checked.issues });
      await ready;
      const result = await consentLog!.append(checked.value);
      return json(result.created ? 201 : 200, { id: checked.value.id, receivedAt: result.receivedAt }, cors);
    }
    if (path === requestsPath) {
      only('POST');
      const key = request.header('idempotency-key') ?? undefined;
      if (key !== undefined && !/^[\x21-\x7e]{8,200}$/.test(key))
        throw new HttpError(400, 'Idempotency-Key: expected 8 to 200 visible ASCII characters');
      const checked = checkRequest(await readJson(request, maxBody), policy);
      if (!checked.ok) throw new HttpError(422, 'not a valid request', { issues: checked.issues });
      await ready;
      const { receipt } = await createRequest(store!, policy, checked.value, key);
      return json(201, receipt, cors);
    }
    // GET {requestsPath}/<reference>: for the visitor's secret or the admin token; 404 alike for a wrong secret and no such request.
    only('GET');
    const reference = path.slice(requestsPath.length + 1); // references are letters, digits and -: nothing to decode
    await ready;
    const admin = isAdmin(request);
    const found = /^[\w-]{1,40}$/.test(reference)
      ? await readRequest(store!, reference, bearer(request), admin)
      : undefined;
    if (!found) throw new HttpError(404, 'no such request');
    const { status, dueBy, receivedAt, right, updatedAt } = found;
    return json(200, admin ? found : { reference, right, status, receivedAt, dueBy, updatedAt }, cors);
  }

  async function answer(request: Incoming, client: ClientInfo = {}): Promise<Answer> {
    let cors: Record<string, string> = { vary: 'Origin' };
    const url = request.url;
    try {
      if (url.pathname === GPC_PATH) {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          throw new HttpError(405, 'use GET', { headers: { allow: 'GET, HEAD' } });
        return json(200, gpcJson(policy), { 'access-control-allow-origin': '*', 'cache-control': 'max-age=3600' });
      }
      if (!handles(url.pathname)) throw new HttpError(404, 'not found');
      const origin = request.header('origin');
      if (origin !== null && origin !== url.origin) {
        if (!allowOrigins.has(origin)) throw new HttpError(403, `origin ${origin} may not use this receiver`);
        cors = { vary: 'Origin', 'access-control-allow-origin': origin };
      }
      if (request.method === 'OPTIONS')
        return {
          status: 204,
          headers: {
            ...cors,
            'access-control-allow-methods': 'GET, POST',
            'access-control-allow-headers': 'content-type, idempotency-key, authorization',
            'access-control-max-age': '600',
          },
          body: null,
        };
      const wait = buckets?.take(clientKey(request.request(), client));
      if (wait) throw new HttpError(429, 'too many requests', { headers: { 'retry-after': String(wait) } });
      return await route(request, url, cors);
    } catch (e) {
      if (e instanceof HttpError)
        return json(
          e.status,
          { error: e.message, ...(e.extra.issues ? { issues: e.extra.issues } : {}) },
          { ...cors, ...e.extra.headers },
        );
      if (e instanceof RecordConflict || e instanceof KeyReused) return json(409, { error: e.message }, cors);
      log(`receiver: ${request.method} ${url.href}: ${e instanceof Error ? e.message : e}`);
      return json(503, { error: 'the store is unavailable; nothing was stored' }, { ...cors, 'retry-after': '5' });
    }
  }

  const handle = async (request: Request, client?: ClientInfo) => {
    const { status, headers, body } = await answer(fromRequest(request), client);
    return new Response(body, { status, headers });
  };

  return Object.assign(handle, {
    [answerIncoming]: answer,
    ready,
    handles,
    purge,
    async close() {
      closed = true;
      clearInterval(timer);
      await ready.catch(() => {});
      await store?.close();
    },
  });
}
