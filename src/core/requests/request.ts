import { addDuration, parseDuration } from '../duration.js';
import {
  REQUEST_METHOD_TYPES,
  type Manifest,
  type RequestMethod,
  type Right,
  type RightEntry,
} from '../manifest/schema.js';

/** What a request says, as typed by the visitor. */
export interface RequestPayload {
  readonly right: Right;
  readonly email: string;
  readonly details: string;
  readonly accountIdentifier?: string;
}

/** Why a submission failed: no connection, no answer in time, a 2xx answer that is not a confirmation (a login page, say), or the HTTP status. */
export type SubmitResult =
  | { readonly ok: true; readonly reference: string }
  | { readonly ok: false; readonly reason: 'network' | 'timeout' | 'reply' | number };

/** How long an endpoint may take before the visitor is told and offered another way (ms). */
export const SUBMIT_TIMEOUT_MS = 15_000;

/**
 * The methods for a right, best first: endpoint, web form, self-service, email. A right that names
 * none uses all; when that leaves none (`methods: []`, or a policy without `rights.methods`), an email.
 */
export function methodsFor(manifest: Manifest, entry: RightEntry): RequestMethod[] {
  const all = manifest.rights?.methods ?? [];
  const named = entry.methods ? all.filter((m) => entry.methods!.includes(m.id)) : all;
  if (!named.length) return fallbackEmail(manifest);
  return [...named].sort((a, b) => REQUEST_METHOD_TYPES.indexOf(a.type) - REQUEST_METHOD_TYPES.indexOf(b.type));
}

/** Where to write when nothing else serves: the policy's email method, else its DPO's or controller's address. */
export function fallbackEmail(manifest: Manifest): RequestMethod[] {
  const method = manifest.rights?.methods?.find((m) => m.type === 'email');
  const address = manifest.controller.dpo?.email ?? manifest.controller.email;
  return method ? [method] : address ? [{ id: 'contact', type: 'email', email: address }] : [];
}

/** The date by which the policy promises an answer, if it names a deadline. */
export function answerBy(manifest: Manifest, entry: RightEntry, today: Date): Date | undefined {
  const duration = parseDuration(entry.deadline ?? manifest.rights?.deadline ?? '');
  return duration && addDuration(today, duration);
}

/**
 * A `mailto:` link with the policy's subject line (or the right) and a body that says what is asked.
 * The address is encoded too: a `#`, `?` or `&` in it can neither cut it short nor add a header.
 */
export function mailtoFor(address: string, subject?: string, body: readonly string[] = []): string {
  const text = body.filter(Boolean).join('\n\n');
  const query = [subject && `subject=${encodeURIComponent(subject)}`, text && `body=${encodeURIComponent(text)}`]
    .filter(Boolean)
    .join('&');
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}${query && `?${query}`}`;
}

/**
 * POSTs the request as JSON; never throws, and gives up after `timeoutMs`. `idempotencyKey` goes in
 * the `Idempotency-Key` header: the same on every retry of one request, so a server that received
 * one whose answer was lost can tell the retry is not a second request.
 */
export async function submitRequest(
  url: string,
  payload: RequestPayload,
  fetcher: typeof fetch | undefined,
  timeoutMs = SUBMIT_TIMEOUT_MS,
  idempotencyKey?: string,
): Promise<SubmitResult> {
  if (typeof fetcher !== 'function') return { ok: false, reason: 'network' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    const response = await fetcher(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      signal: abort.signal,
      credentials: 'same-origin',
    });
    if (!response.ok) return { ok: false, reason: response.status };
    // A confirmation is a JSON object, or no body at all (204). Anything else, such as the HTML of a
    // login page the request was redirected to, is not one: the visitor is told and offered email.
    const text = await response.text();
    if (!text.trim()) return { ok: true, reference: '' };
    let reply: unknown;
    try {
      reply = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'reply' };
    }
    if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) return { ok: false, reason: 'reply' };
    const { reference } = reply as { reference?: unknown };
    return { ok: true, reference: typeof reference === 'string' ? reference : '' };
  } catch {
    return { ok: false, reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
