import type { Validation } from './issues.js';
import { guardSteps } from './guard.js';
import { finish, inSlices, turn } from './rules.js';
import { inPageRef, requestManifest } from './request.js';

type Validator = Pick<
  typeof import('./validate.js'),
  'validateManifest' | 'parseManifest' | 'validationSteps' | 'unparsable'
>;
type Answer = Validation | Promise<Validation>;

/** Manifest text longer than this is parsed in slices: JSON.parse is one call, and on a slow phone a text this long can take 100 ms. */
export const LARGE_JSON = 256 * 1024;

const then = <T>(value: T | Promise<T>, next: (value: T) => Answer): Answer =>
  value instanceof Promise ? value.then(next) : next(value);

/** The full validator, when it runs on every manifest: the development build, a server, the CLI. */
let full: Validator | undefined;

/** Makes every manifest go through the full validator (the development build and server renders install it). */
export const useValidator = (validator: Validator) => void (full = validator);

/** The validator once a refused manifest brought it: later refusals are reported at once. */
let loaded: Validator | undefined;

/** What the full validator says, loaded when the guard refuses a manifest: what is wrong and where. */
const report = (say: (validator: Validator) => Answer): Answer =>
  loaded
    ? say(loaded)
    : import('./validate.js').then(
        (v) => say((loaded = v)),
        (e: unknown) => ({
          ok: false,
          issues: [
            {
              path: '$',
              message: `the manifest breaks the format, and the validator that says where could not be loaded (${(e as Error)?.message ?? e})`,
            },
          ],
        }),
      );

/**
 * Checks a parsed manifest. In production the guard runs the format's rules and stops at the first
 * problem; only then is the validator loaded, to report every problem with its path. Either way a
 * manifest that breaks a rule is never used. A check that does not fit in one slice of time goes
 * on in later tasks (`inSlices`), so a large manifest never holds the page for long; `since` is
 * when the task began the work that led here. `atOnce`: the answer now, whatever it costs (a server
 * render cannot wait).
 */
export function checkValue(value: unknown, since?: number, atOnce = false): Answer {
  if (full) return atOnce ? full.validateManifest(value) : inSlices(full.validationSteps(value), since);
  return then(atOnce ? finish(guardSteps(value)) : inSlices(guardSteps(value), since), (manifest) =>
    manifest ? { ok: true, manifest, issues: [] } : report((v) => inSlices(v.validationSteps(value))),
  );
}

/** Text too long to parse in one go, parsed in slices by code loaded for it (natively, should that code not load). */
async function readLarge(json: string): Promise<Validation> {
  const steps = await import('./json-steps.js').catch(() => undefined);
  if (!steps) return readJson(json, true);
  let value: unknown;
  try {
    value = await inSlices(steps.parseSteps(json));
  } catch (e) {
    const { at = -1, message } = e as { at?: number; message?: string };
    return report((v) => v.unparsable(json, at, message ?? String(e)));
  }
  return checkValue(value);
}

/** Parses manifest JSON text and checks it; text that is not JSON is reported by the validator, with its line and column. */
export function readJson(json: string, atOnce = false): Answer {
  if (json.length > LARGE_JSON && !atOnce) return readLarge(json);
  if (full) return full.parseManifest(json);
  const since = performance.now();
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return report((v) => v.parseManifest(json));
  }
  return checkValue(value, since, atOnce);
}

/** How long a manifest request may take before it counts as failed. */
export const LOAD_TIMEOUT_MS = 10_000;

const cache = new Map<string, Promise<Validation>>();
const inPage = new Map<string, Validation | Promise<Validation>>();

const failure = (message: string): Validation => ({ ok: false, issues: [{ path: '$', message }], unreadable: true });
/** Failures that asking again may mend (no connection, no answer, an HTTP error): not kept in the cache. */
const passing = new WeakSet<Validation>();
const unreachable = (message: string): Validation => {
  const result = failure(message);
  passing.add(result);
  return result;
};

/** Bytes of a response decoded in one task at most. */
export const DECODED_PER_TASK = 1 << 18;

/**
 * A response's text, decoded piece by piece as it arrives: `text()` makes the whole string in one
 * task at the end, which for a 2.2 MB policy took 261 to 357 ms at 4x CPU (`node bench/receipt.js`);
 * decoding 2.2 MB handed over at once took 152 to 167 ms. A quarter of a megabyte at most is
 * decoded per task, however the body comes: a local or fast server hands over megabytes at once, in
 * one piece or in many that are all there by the time the first is read.
 */
export async function readText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const decoder = new TextDecoder();
  let text = '';
  let decoded = 0; // since the last turn
  for (let piece; !(piece = await reader.read()).done;)
    for (let at = 0; at < piece.value.length;) {
      if (decoded >= DECODED_PER_TASK) {
        await turn();
        decoded = 0;
      }
      const part = piece.value.subarray(at, at + DECODED_PER_TASK - decoded);
      text += decoder.decode(part, { stream: true });
      at += part.length;
      decoded += part.length;
    }
  return text + decoder.decode();
}

async function fetchManifest(url: string, timeoutMs: number, started?: Promise<Response>): Promise<Validation> {
  if (typeof fetch !== 'function') return failure(`could not load ${url}: this browser has no fetch()`);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await (started
      ? Promise.race([started, new Promise<never>((_, reject) => abort.signal.addEventListener('abort', reject))])
      : requestManifest(url, abort.signal));
    if (!response.ok) return unreachable(`could not load ${url}: HTTP ${response.status}`);
    const body = await readText(response);
    if (!body.trim()) return failure(`could not load ${url}: the response was empty`);
    return await readJson(body);
  } catch (e) {
    return unreachable(
      abort.signal.aborted
        ? `could not load ${url}: no answer within ${timeoutMs / 1000} s`
        : `could not load ${url}: ${(e as Error)?.message ?? 'network error'}`,
    );
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads a manifest by URL. Each absolute URL is fetched once per page and the
 * result shared by every element that names it; a request that failed (no
 * connection, no answer, an HTTP error) is made again for the next element that asks.
 */
export function loadManifest(
  url: string,
  base: string,
  timeoutMs = LOAD_TIMEOUT_MS,
  started?: Promise<Response>,
): Promise<Validation> {
  let absolute: string;
  try {
    absolute = new URL(url, base).href;
  } catch {
    return Promise.resolve(failure(`could not load ${url}: not a URL`));
  }
  let pending = cache.get(absolute);
  if (!pending) {
    cache.set(absolute, (pending = fetchManifest(absolute, timeoutMs, started)));
    void pending.then((result) => passing.has(result) && cache.delete(absolute));
  }
  return pending;
}

/**
 * Reads the manifest the page carries itself: `#id` names a `<script type="application/json">`
 * element anywhere in the document. No request is made, so an element can render in the first
 * frame after the script runs. Each text is parsed and validated once per page.
 */
export function readPageManifest(ref: string, root: Document = document): Validation | Promise<Validation> {
  // Through the prototype: `<img name="getElementById">` shadows the method on the document itself.
  const script = Document.prototype.getElementById.call(root, ref.slice(1));
  if (script?.localName !== 'script' || (script as HTMLScriptElement).type.toLowerCase() !== 'application/json')
    return failure(`${ref}: expected the id of a <script type="application/json"> element in the page`);
  const json = script.textContent!;
  let result = inPage.get(json);
  if (!result) inPage.set(json, (result = readJson(json)));
  return result;
}

export { inPageRef } from './request.js';

/** A manifest by reference: `#id` in the page, read at once, or a URL, fetched once per page. */
export const manifestFrom = (ref: string, base: string): Validation | Promise<Validation> =>
  inPageRef(ref) ? readPageManifest(ref) : loadManifest(ref, base);

/** Forgets loaded manifests, so that the next load fetches again. */
export const clearManifestCache = () => {
  cache.clear();
  inPage.clear();
};
