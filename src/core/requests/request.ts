import { addDuration, parseDuration } from '../duration.js';
import { REQUEST_METHOD_TYPES, type Manifest, type RequestMethod, type Right, type RightEntry } from '../manifest/schema.js';

/** What a request says, as typed by the visitor. */
export interface RequestPayload {
  readonly right: Right;
  readonly email: string;
  readonly details: string;
  readonly accountIdentifier?: string;
}

export type SubmitResult = { readonly ok: true; readonly reference: string } | { readonly ok: false; readonly reason: 'network' | 'timeout' | number };

/** How long an endpoint may take before the visitor is told and offered another way (ms). */
export const SUBMIT_TIMEOUT_MS = 15_000;

/** The methods for a right, best first: endpoint, web form, self-service, email. A right naming none uses all. */
export function methodsFor(manifest: Manifest, entry: RightEntry): RequestMethod[] {
  const all = manifest.rights?.methods ?? [];
  const named = entry.methods ? all.filter((m) => entry.methods!.includes(m.id)) : all;
  return [...named].sort((a, b) => REQUEST_METHOD_TYPES.indexOf(a.type) - REQUEST_METHOD_TYPES.indexOf(b.type));
}

/** The date by which the policy promises an answer, if it names a deadline. */
export function answerBy(manifest: Manifest, entry: RightEntry, today: Date): Date | undefined {
  const duration = parseDuration(entry.deadline ?? manifest.rights?.deadline ?? '');
  return duration && addDuration(today, duration);
}

/** A `mailto:` link with the policy's subject line (or the right) and a body that says what is asked. */
export function mailtoFor(address: string, subject: string, body: readonly string[]): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.filter(Boolean).join('\n\n'))}`;
}

/** POSTs the request as JSON; never throws, and gives up after `timeoutMs`. */
export async function submitRequest(url: string, payload: RequestPayload, fetcher: typeof fetch | undefined, timeoutMs = SUBMIT_TIMEOUT_MS): Promise<SubmitResult> {
  if (typeof fetcher !== 'function') return { ok: false, reason: 'network' };
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(payload), signal: abort.signal, credentials: 'same-origin' });
    if (!response.ok) return { ok: false, reason: response.status };
    const reference = (await response.json().catch(() => ({})))?.reference;
    return { ok: true, reference: typeof reference === 'string' ? reference : '' };
  } catch {
    return { ok: false, reason: abort.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
