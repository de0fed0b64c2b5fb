import type { Format } from './shape.js';
import type { ManifestIssue, Validation } from './issues.js';
import { HOST_PREFIX } from '../consent/store.js';
import { COOKIE_LIMIT } from '../consent/record.js';
import { checkManifest, finish, MAX_ITEMS, MAX_STRING, Problem, type Path, type Report, type Steps } from './rules.js';

export { isSafeUrl } from './urls.js';
export { formatIssues, type ManifestIssue, type Validation } from './issues.js';

/** How many problems are reported one by one: a hostile manifest can hold a million, and a list that long blocks the page. */
export const MAX_REPORTED = 50;

const describe = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'string'
        ? JSON.stringify(v.slice(0, 40))
        : typeof v;

const FORMAT_NAMES: Record<Format, string> = {
  url: 'an http(s) or mailto URL, or a relative one',
  email: 'an email address',
  date: 'a date as YYYY-MM-DD',
  duration: 'an ISO 8601 duration such as P30D or PT72H',
  lifetime: '"session", "unspecified" or an ISO 8601 duration',
  id: 'an identifier (letters, digits, - and _)',
  cookie: 'a cookie name (letters, digits, - and _), which may start with __Host-',
  lang: 'a language tag such as en or pt-BR',
  domain: 'a domain name such as example.com',
  pattern: 'a cookie or storage key name with * for any run of characters, such as _ga_*',
};

type Values = readonly any[]; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Each problem in words, from the values the rule reported with it. */
const MESSAGES: Record<Problem, (...v: Values) => string> = {
  [Problem.Getter]: () => 'expected a plain value, got a getter',
  [Problem.NotString]: (v) => `expected a string, got ${describe(v)}`,
  [Problem.TooLong]: () => `expected at most ${MAX_STRING} characters`,
  [Problem.Format]: (format: Format, v) => `expected ${FORMAT_NAMES[format]}, got ${describe(v)}`,
  [Problem.EmptyText]: () => 'expected a string or a map of language to string, got an empty object',
  [Problem.TooManyLanguages]: () => `expected at most ${MAX_ITEMS} languages`,
  [Problem.Number]: (shape: { min: number; max: number }, v) =>
    `expected a whole number from ${shape.min} to ${shape.max}, got ${describe(v)}`,
  [Problem.Boolean]: (v) => `expected true or false, got ${describe(v)}`,
  [Problem.Enum]: (shape: { v: string[] }, v) => `expected one of ${shape.v.join(', ')}; got ${describe(v)}`,
  [Problem.NotArray]: (v) => `expected an array, got ${describe(v)}`,
  [Problem.TooManyItems]: () => `expected at most ${MAX_ITEMS} items`,
  [Problem.NotObject]: (v) => `expected an object, got ${describe(v)}`,
  [Problem.Missing]: () => 'required property is missing',
  [Problem.Unknown]: (shape: { p: object }) => `unknown property; expected one of ${Object.keys(shape.p).join(', ')}`,
  [Problem.DuplicateCategory]: (id) => `duplicate category id "${id}"`,
  [Problem.NecessaryUses]: () =>
    'a strictly necessary category cannot be used for sale, sharing or targeted advertising',
  [Problem.SessionOutlived]: (kind) => `${kind} outlives the browser session; give a period, or "unspecified"`,
  [Problem.ChoiceCookieOptional]: (name) =>
    `${name} keeps the visitor's choice and is strictly necessary; list it in a necessary category`,
  [Problem.PatternHitsNecessary]: (hit) =>
    `would also delete ${hit}, which is strictly necessary; make the pattern narrower`,
  [Problem.NecessaryAds]: (type) =>
    `a strictly necessary category cannot grant ${type}; put it in a category that asks for consent`,
  [Problem.HostCookieDomain]: () =>
    `a ${HOST_PREFIX} cookie is kept by the host alone and cannot have a domain; remove consent.domain or rename the cookie`,
  [Problem.CookieTooLarge]: (size) =>
    `the consent cookie for this many categories could take ${size} bytes; browsers drop a cookie over ${COOKIE_LIMIT}`,
  [Problem.UnknownCategory]: (id) => `expected the id of a category in $.cookies.categories, got "${id}"`,
  [Problem.LifetimeTooLong]: (lifetime) => `expected at most 13 months (P13M), got ${lifetime}`,
  [Problem.DuplicateMethod]: (id) => `duplicate method id "${id}"`,
  [Problem.MethodNeeds]: (type, needs) =>
    `a method of type ${type} needs ${needs === 'email' ? 'an email address' : 'a url'}`,
  [Problem.DuplicateRight]: (right, places) =>
    `duplicate right "${right}"${places ? ' for the same jurisdictions' : ''}`,
  [Problem.UnknownMethod]: (id) => `expected the id of a method in $.rights.methods, got "${id}"`,
  [Problem.IdentityCheck]: (right) => `${right} may not require an identity check (CCPA)`,
  [Problem.Unreadable]: (e) => `could not be read: ${(e as Error)?.message ?? e}`,
};

/** The problems found: the first MAX_REPORTED in full, the rest only counted (their paths and messages never built). */
class Collected implements Report {
  readonly issues: ManifestIssue[] = [];
  omitted = 0;
  readonly incomplete = new WeakSet<object>();
  add(path: Path | string, problem: Problem, ...values: Values) {
    if (this.issues.length >= MAX_REPORTED) return void this.omitted++;
    this.issues.push({ path: typeof path === 'string' ? path : path(), message: MESSAGES[problem](...values) });
  }
  get count() {
    return this.issues.length + this.omitted;
  }
}

/**
 * Checks a parsed JSON value against the manifest format, reporting every problem (the first
 * MAX_REPORTED with their JSON paths). Never throws. A valid manifest comes back as a frozen deep
 * copy of its own data properties, on objects without a prototype: what other scripts put on
 * `Object.prototype`, or change in the original later, decides nothing.
 */
export const validateManifest = (value: unknown): Validation => finish(validationSteps(value));

/** `validateManifest` in steps, for a driver that lets the page run between slices (see `inSlices`). */
export function* validationSteps(value: unknown): Steps<Validation> {
  const out = new Collected();
  const manifest = yield* checkManifest(value, out);
  return manifest
    ? { ok: true, manifest, issues: [] }
    : { ok: false, issues: out.issues, ...(out.omitted ? { omitted: out.omitted } : {}) };
}

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

/** What to say of JSON text that breaks the grammar at `offset` (or somewhere, for -1), for the `reason` given. */
export const unparsable = (json: string, offset: number, reason: string): Validation => ({
  ok: false,
  unreadable: true,
  issues: [{ path: '$', message: `expected valid JSON${offset < 0 ? '' : lineAndColumn(json, offset)}: ${reason}` }],
});

/** Parses manifest JSON text and validates it fully; invalid JSON is reported at `$`, with its line and column. */
export function parseManifest(json: string): Validation {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    // The engine's own position, where it gives one, is replaced by the line and column found by scanning.
    const reason = (e as Error).message.replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '');
    return unparsable(json, jsonErrorOffset(json), reason);
  }
  return validateManifest(value);
}
