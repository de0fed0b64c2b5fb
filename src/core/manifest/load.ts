import { validateManifest, type Validation } from './validate.js';
import { inPageRef, requestManifest } from './request.js';

/** How long a manifest request may take before it counts as failed. */
export const LOAD_TIMEOUT_MS = 10_000;

const cache = new Map<string, Promise<Validation>>();
const inPage = new Map<string, Validation>();

const failure = (message: string): Validation => ({ ok: false, issues: [{ path: '$', message }], unreadable: true });
/** Failures that asking again may mend (no connection, no answer, an HTTP error): not kept in the cache. */
const passing = new WeakSet<Validation>();
const unreachable = (message: string): Validation => {
  const result = failure(message);
  passing.add(result);
  return result;
};

const NUMBER_OR_WORD = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * Where JSON text first breaks the grammar (an offset), or -1. Engines word their errors
 * differently and some give no position at all, so it is found by scanning.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const string = () => {
    for (i++; ;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c < 0x20) fail();
      if (c === 0x22) return void i++;
      if (c !== 0x5c) i++;
      else if ('"\\/bfnrt'.includes(text[i + 1])) i += 2;
      else if (text[i + 1] === 'u' && /^[\da-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
      else {
        i++;
        fail();
      }
    }
  };
  const value = (depth: number): void => {
    // Deeper than any policy: give up on a position rather than on the stack.
    if (depth > 2000) throw 'too deep';
    space();
    const open = text[i];
    if (open === '"') return string();
    if (open !== '{' && open !== '[') {
      NUMBER_OR_WORD.lastIndex = i;
      return NUMBER_OR_WORD.test(text) ? void (i = NUMBER_OR_WORD.lastIndex) : fail();
    }
    const close = open === '{' ? '}' : ']';
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      if (open === '{') {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i++] !== ':') {
          i--;
          fail();
        }
      }
      value(depth + 1);
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail();
      i++;
    }
  };
  try {
    value(0);
    space();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}

/** " at line 3, column 5" for an offset in `text`. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** Parses manifest JSON text and validates it; invalid JSON is reported at `$`, with its line and column. */
export function parseManifest(json: string): Validation {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    const offset = jsonErrorOffset(json);
    // The engine's own position, where it gives one, is replaced by the line and column found above.
    const reason = (e as Error).message.replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '');
    return failure(`expected valid JSON${offset < 0 ? '' : lineAndColumn(json, offset)}: ${reason}`);
  }
  return validateManifest(value);
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
    const body = await response.text();
    if (!body.trim()) return failure(`could not load ${url}: the response was empty`);
    return parseManifest(body);
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
export function readPageManifest(ref: string, root: Document = document): Validation {
  // Through the prototype: `<img name="getElementById">` shadows the method on the document itself.
  const script = Document.prototype.getElementById.call(root, ref.slice(1));
  if (script?.localName !== 'script' || (script as HTMLScriptElement).type.toLowerCase() !== 'application/json')
    return failure(`${ref}: expected the id of a <script type="application/json"> element in the page`);
  const json = script.textContent!;
  let result = inPage.get(json);
  if (!result) inPage.set(json, (result = parseManifest(json)));
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
