import { isOptional, type Format, type Shape } from './shape.js';
import { manifestShape, NO_IDENTITY_CHECK, type Manifest, type RightEntry } from './schema.js';
import { parseDuration, type Duration } from '../duration.js';
import { DEFAULT_COOKIE, HOST_PREFIX } from '../consent/store.js';
import { COOKIE_LIMIT, largestRecordCookie } from '../consent/record.js';
import { namePattern } from '../consent/cleanup.js';

/** One problem in a manifest, located by a JSON path such as `$.rights.items[2].right`. */
export interface ManifestIssue {
  readonly path: string;
  readonly message: string;
}

export type Validation =
  | { readonly ok: true; readonly manifest: Manifest; readonly issues: readonly [] }
  /**
   * `issues` holds the first MAX_REPORTED problems; `omitted` counts the rest. `unreadable`: there was
   * no manifest to check (not fetched, not found, not JSON), as opposed to one that was read and is invalid.
   */
  | {
      readonly ok: false;
      readonly issues: readonly ManifestIssue[];
      readonly omitted?: number;
      readonly unreadable?: true;
    };

/** How many problems are reported one by one: a hostile manifest can hold a million, and a list that long blocks the page. */
export const MAX_REPORTED = 50;

const MAX_STRING = 10_000;
const MAX_ITEMS = 500;
/** The fewest days k calendar months can last, for k = 0 to 13 (from February, in a common year). */
const SHORTEST_MONTHS = [0, 28, 59, 89, 120, 150, 181, 212, 242, 273, 303, 334, 365, 393];

/**
 * Whether a choice kept for `d` would outlast 13 calendar months (the outer bound for a stored
 * choice) when made on some day. Years and months compare as months; what is left over (weeks,
 * days, time) must fit in the shortest stretch of the months still to go: P396D passes 13 months
 * when counted from 30 January 2027 (1 March 2028 against 29 February), so it is refused.
 */
function outlastsThirteenMonths(d: Duration): boolean {
  const months = d.years * 12 + d.months;
  const days = d.weeks * 7 + d.days;
  const time = (d.hours * 60 + d.minutes) * 60 + d.seconds;
  // Hours are elapsed time, days calendar days: across a year with one more spring-forward than fall-back, an hour less fits.
  return months > 13 || days * 86400 + time > SHORTEST_MONTHS[13 - months] * 86400 - (time ? 3600 : 0);
}

const FORMATS: Record<Format, [RegExp | ((v: string) => boolean), string]> = {
  url: [isSafeUrl, 'an http(s) or mailto URL, or a relative one'],
  // No `?` or `#` (they would start a mailto link's query or fragment), and no line breaks (\s): a header could follow.
  email: [/^[^\s@<>()",;:?#]+@[^\s@<>()",;:?#]+\.[^\s@<>()",;:?#]+$/, 'an email address'],
  // A day the calendar has: Date.parse would take 2026-02-30 as 2 March.
  date: [
    (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).getUTCDate() === +v.slice(8),
    'a date as YYYY-MM-DD',
  ],
  duration: [(v) => parseDuration(v) !== undefined, 'an ISO 8601 duration such as P30D or PT72H'],
  lifetime: [
    (v) => v === 'session' || v === 'unspecified' || parseDuration(v) !== undefined,
    '"session", "unspecified" or an ISO 8601 duration',
  ],
  id: [/^[A-Za-z][\w-]{0,63}$/, 'an identifier (letters, digits, - and _)'],
  cookie: [/^(__Host-)?[A-Za-z][\w-]{0,63}$/, 'a cookie name (letters, digits, - and _), which may start with __Host-'],
  lang: [/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'a language tag such as en or pt-BR'],
  domain: [/^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'a domain name such as example.com'],
  // Cookie-name characters (RFC 6265 token) and `*`, with at least one that is not `*`: a lone `*` would delete everything.
  pattern: [
    /^(?=.*[^*])[\w!#$%&'*+.^`|~-]{1,200}$/,
    'a cookie or storage key name with * for any run of characters, such as _ga_*',
  ],
};

/**
 * True for http(s) and mailto URLs and relative ones; never for javascript:,
 * data: and the like, nor for text with spaces, quotes or angle brackets.
 */
export function isSafeUrl(value: string): boolean {
  if (/[\s<>"`\\]/.test(value)) return false;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(value, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

const describe = (v: unknown) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'string'
        ? JSON.stringify(v.slice(0, 40))
        : typeof v;

/** The problems found: the first MAX_REPORTED in full, the rest only counted (their paths and messages never built). */
class Report {
  readonly issues: ManifestIssue[] = [];
  omitted = 0;
  /** Copies that lost a part to a problem: a rule that needs the whole list (every method id) skips them. */
  readonly incomplete = new WeakSet<object>();
  add(path: Path | string, message: string | (() => string)) {
    if (this.issues.length >= MAX_REPORTED) return void this.omitted++;
    this.issues.push({
      path: typeof path === 'string' ? path : path(),
      message: typeof message === 'string' ? message : message(),
    });
  }
  get count() {
    return this.issues.length + this.omitted;
  }
}

/** A JSON path, spelled out only when an issue needs it: most nodes are valid, and building every path cost time at load. */
type Path = () => string;

const child =
  (path: Path, key: string | number): Path =>
  () =>
    typeof key === 'number'
      ? `${path()}[${key}]`
      : /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${path()}.${key}`
        : `${path()}[${JSON.stringify(key)}]`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value of an own data property, read once. A getter is refused rather than called: it is page
 * code, and could answer the validator one thing and the runtime another.
 */
function ownValue(d: PropertyDescriptor | undefined, path: Path, out: Report): unknown {
  if (!d || 'value' in d) return d?.value;
  out.add(path, 'expected a plain value, got a getter');
  return REFUSED;
}

/** A value already reported, to be left out of the copy without a second report. */
const REFUSED = Symbol('refused');

/** Each object shape's properties with whether they are optional, listed once rather than for every object checked. */
const listed = new WeakMap<object, [string, Shape, boolean][]>();
function propertiesOf(p: Readonly<Record<string, Shape>>) {
  let found = listed.get(p);
  if (!found) listed.set(p, (found = Object.entries(p).map(([key, sub]) => [key, sub, isOptional(sub)])));
  return found;
}

/** The descriptor of an own property, asked for once: its value is the one both checked and copied. */
const own = (v: object, key: string | number) => Reflect.getOwnPropertyDescriptor(v, key);

/** A string that passes, else undefined after the problem is reported. */
function checkString(v: unknown, format: Format | undefined, path: Path, out: Report): string | undefined {
  if (typeof v !== 'string') return void out.add(path, `expected a string, got ${describe(v)}`);
  if (v.length > MAX_STRING) return void out.add(path, `expected at most ${MAX_STRING} characters`);
  if (!format) return v;
  const [test, expected] = FORMATS[format];
  if (typeof test === 'function' ? test(v) : test.test(v)) return v;
  out.add(path, `expected ${expected}, got ${describe(v)}`);
}

/**
 * Checks `v` against `shape` and returns a copy of what passed: objects without a prototype and
 * with only the known own data properties, arrays, all frozen. What failed is left out (undefined,
 * keeping array positions), so the rules across fields can still run on the rest. Every value is
 * read exactly once, so a Proxy or a getter cannot show the check one thing and the copy another.
 */
function walk(shape: Shape, v: unknown, path: Path, out: Report): unknown {
  if (v === REFUSED) return undefined;
  switch (shape.k) {
    case 'str':
      return checkString(v, shape.f, path, out);
    case 'text': {
      if (!isRecord(v)) return checkString(v, undefined, path, out);
      const langs = Object.keys(v);
      if (!langs.length) out.add(path, 'expected a string or a map of language to string, got an empty object');
      if (langs.length > MAX_ITEMS) return void out.add(path, `expected at most ${MAX_ITEMS} languages`);
      const copy: Record<string, string> = Object.create(null);
      for (const lang of langs) {
        const ok = checkString(lang, 'lang', () => `${child(path, lang)()} (key)`, out);
        const raw = ownValue(own(v, lang), child(path, lang), out);
        const value = raw === REFUSED ? undefined : checkString(raw, undefined, child(path, lang), out);
        if (ok !== undefined && value !== undefined) copy[lang] = value;
      }
      return Object.freeze(copy);
    }
    case 'num':
      if (typeof v === 'number' && Number.isInteger(v) && v >= shape.min && v <= shape.max) return v;
      return void out.add(path, `expected a whole number from ${shape.min} to ${shape.max}, got ${describe(v)}`);
    case 'bool':
      if (typeof v === 'boolean') return v;
      return void out.add(path, `expected true or false, got ${describe(v)}`);
    case 'enum':
      if (shape.v.includes(v as string)) return v;
      return void out.add(path, `expected one of ${shape.v.join(', ')}; got ${describe(v)}`);
    case 'arr': {
      if (!Array.isArray(v)) return void out.add(path, `expected an array, got ${describe(v)}`);
      const length = ownValue(own(v, 'length'), path, out) as number;
      if (length > MAX_ITEMS) return void out.add(path, `expected at most ${MAX_ITEMS} items`);
      const copy: unknown[] = [];
      const before = out.count;
      for (let i = 0; i < length; i++)
        copy.push(walk(shape.of, ownValue(own(v, i), child(path, i), out), child(path, i), out));
      if (out.count > before) out.incomplete.add(copy);
      return Object.freeze(copy);
    }
    case 'obj': {
      if (!isRecord(v)) return void out.add(path, `expected an object, got ${describe(v)}`);
      const copy: Record<string, unknown> = Object.create(null);
      const before = out.count;
      const keys = Object.keys(v);
      let known = 0;
      for (const [key, sub, optional] of propertiesOf(shape.p)) {
        const d = own(v, key);
        if (d?.enumerable) known++;
        // Undefined counts as not given, as JSON.stringify leaves it out: a copy made by this module, spread into another, checks again.
        const given = !!d?.enumerable && !('value' in d && d.value === undefined);
        const value = given ? walk(sub, ownValue(d, child(path, key), out), child(path, key), out) : undefined;
        if (value !== undefined) copy[key] = value;
        if (!given && !optional) out.add(child(path, key), 'required property is missing');
      }
      if (keys.length > known)
        for (const key of keys)
          if (!Object.prototype.hasOwnProperty.call(shape.p, key))
            out.add(child(path, key), () => `unknown property; expected one of ${Object.keys(shape.p).join(', ')}`);
      if (out.count > before) out.incomplete.add(copy);
      return Object.freeze(copy);
    }
  }
}

/** Each position of `list` whose key was seen before, with that key. */
function duplicates<T>(list: readonly (T | undefined)[] | undefined, key: (item: T) => string | undefined) {
  const seen = new Set<string>();
  const found: [number, string][] = [];
  list?.forEach((item, i) => {
    const k = item && key(item);
    if (k === undefined) return;
    if (seen.has(k)) found.push([i, k]);
    seen.add(k);
  });
  return found;
}

/**
 * Rules that span several fields. They run on the copy of what passed the shape check, so they are
 * reported together with the shape's problems; a part left out of the copy is skipped, never
 * taken for an error of its own.
 */
function checkRelations(m: Manifest | undefined, out: Report) {
  if (!m) return;
  const choiceCookie = m.consent?.cookie ?? DEFAULT_COOKIE;
  const seen = new Set<string>();
  m.cookies?.categories?.forEach((c, i) => {
    if (!c) return;
    const path = `$.cookies.categories[${i}]`;
    if (c.id !== undefined && seen.has(c.id)) out.add(`${path}.id`, `duplicate category id "${c.id}"`);
    seen.add(c.id);
    if (c.necessary && c.uses?.length)
      out.add(`${path}.uses`, 'a strictly necessary category cannot be used for sale, sharing or targeted advertising');
    // Only cookies and sessionStorage end with the browser session; localStorage and IndexedDB stay until removed.
    c.items?.forEach((item, j) => {
      if (!item) return;
      if (item.duration === 'session' && (item.kind === 'localStorage' || item.kind === 'indexedDB'))
        out.add(
          `${path}.items[${j}].duration`,
          `${item.kind} outlives the browser session; give a period, or "unspecified"`,
        );
      // The cookie that keeps the choice is strictly necessary: under an optional category, a refusal would delete it with the rest.
      if (!c.necessary && item.name === choiceCookie && (item.kind ?? 'cookie') === 'cookie')
        out.add(
          `${path}.items[${j}]`,
          `${choiceCookie} keeps the visitor's choice and is strictly necessary; list it in a necessary category`,
        );
      // A refusal deletes what an optional item's pattern matches: never the choice, nor what a necessary category lists.
      if (!c.necessary && item.pattern) {
        const match = namePattern(item.pattern);
        const kind = item.kind ?? 'cookie';
        const hit = [
          ...(kind === 'cookie' ? [choiceCookie] : []),
          ...(m.cookies?.categories ?? [])
            .filter((n) => n?.necessary)
            .flatMap((n) => (n.items ?? []).filter((x) => (x.kind ?? 'cookie') === kind).map((x) => x.name)),
        ].find(match);
        if (hit !== undefined)
          out.add(
            `${path}.items[${j}].pattern`,
            `would also delete ${hit}, which is strictly necessary; make the pattern narrower`,
          );
      }
    });
    // Advertising is never strictly necessary: a necessary category would grant these without asking.
    c.consentMode?.forEach((type, j) => {
      if (c.necessary && type?.startsWith('ad_'))
        out.add(
          `${path}.consentMode[${j}]`,
          `a strictly necessary category cannot grant ${type}; put it in a category that asks for consent`,
        );
    });
  });
  // The browser refuses a __Host- cookie that names a domain: the choice would never be kept.
  if (m.consent?.cookie?.startsWith(HOST_PREFIX) && m.consent.domain)
    out.add(
      '$.consent.domain',
      `a ${HOST_PREFIX} cookie is kept by the host alone and cannot have a domain; remove consent.domain or rename the cookie`,
    );
  const cookieSize = largestRecordCookie(m, m.consent?.cookie ?? DEFAULT_COOKIE);
  if (cookieSize > COOKIE_LIMIT)
    out.add(
      '$.cookies.categories',
      `the consent cookie for this many categories could take ${cookieSize} bytes; browsers drop a cookie over ${COOKIE_LIMIT}`,
    );
  m.recipients?.forEach((r, i) =>
    r?.categories?.forEach((id, j) => {
      if (id !== undefined && !seen.has(id))
        out.add(
          `$.recipients[${i}].categories[${j}]`,
          `expected the id of a category in $.cookies.categories, got "${id}"`,
        );
    }),
  );
  const lifetime = m.consent?.lifetime;
  if (lifetime && outlastsThirteenMonths(parseDuration(lifetime)!))
    out.add('$.consent.lifetime', `expected at most 13 months (P13M), got ${lifetime}`);
  const { rights } = m;
  if (!rights) return;
  for (const [i, id] of duplicates(rights.methods, (x) => x.id))
    out.add(`$.rights.methods[${i}].id`, `duplicate method id "${id}"`);
  // Self-service may be a place in the product ("your account settings") with no URL to give.
  rights.methods?.forEach((x, i) => {
    const needs = x?.type === 'email' ? 'email' : x?.type === 'self-service' || !x?.type ? undefined : 'url';
    if (needs && !x[needs] && !out.incomplete.has(x))
      out.add(
        `$.rights.methods[${i}].${needs}`,
        `a method of type ${x.type} needs ${needs === 'email' ? 'an email address' : 'a url'}`,
      );
  });
  // One right twice for the same places shows it twice, each with its own methods and deadline: which holds? For other places
  // (erasure everywhere, and again under California's rules) each entry says what applies there.
  const places = (r: RightEntry) =>
    r.jurisdictions
      ? [...r.jurisdictions]
          .map((j) => j?.trim().toUpperCase())
          .sort()
          .join(' ')
      : '';
  for (const [i] of duplicates(rights.items, (r) => r.right && `${r.right} for ${places(r)}`))
    out.add(
      `$.rights.items[${i}].right`,
      `duplicate right "${rights.items[i].right}"${rights.items[i].jurisdictions ? ' for the same jurisdictions' : ''}`,
    );
  const methodIds = new Set(rights.methods?.map((x) => x?.id));
  // With a method left out for a problem of its own, a reference to it is not a second problem.
  const methodsWhole = !out.incomplete.has(rights.methods ?? rights);
  rights.items?.forEach((r, i) => {
    if (!r) return;
    if (methodsWhole)
      r.methods?.forEach((id, j) => {
        if (id !== undefined && !methodIds.has(id))
          out.add(`$.rights.items[${i}].methods[${j}]`, `expected the id of a method in $.rights.methods, got "${id}"`);
      });
    if (r.right && NO_IDENTITY_CHECK.includes(r.right) && r.identityVerification)
      out.add(`$.rights.items[${i}].identityVerification`, `${r.right} may not require an identity check (CCPA)`);
  });
}

/** Manifests this module returned: checking one again gives it back as it is. */
const validated = new WeakSet<object>();

/**
 * Checks a parsed JSON value against the manifest format. Never throws. A valid manifest comes
 * back as a frozen deep copy of its own data properties, on objects without a prototype: what
 * other scripts put on `Object.prototype`, or change in the original later, decides nothing.
 */
export function validateManifest(value: unknown): Validation {
  if (typeof value === 'object' && value !== null && validated.has(value))
    return { ok: true, manifest: value as Manifest, issues: [] };
  const out = new Report();
  let manifest: Manifest | undefined;
  try {
    manifest = walk(manifestShape, value, () => '$', out) as Manifest | undefined;
    checkRelations(manifest, out);
  } catch (e) {
    out.add('$', `could not be read: ${(e as Error)?.message ?? e}`);
  }
  if (out.count || !manifest)
    return { ok: false, issues: out.issues, ...(out.omitted ? { omitted: out.omitted } : {}) };
  validated.add(manifest);
  return { ok: true, manifest, issues: [] };
}

/** One line per issue, for logs and the command line. */
export const formatIssues = (issues: readonly ManifestIssue[], omitted = 0) =>
  [...issues.map((i) => `${i.path}: ${i.message}`), ...(omitted ? [`…and ${omitted} more`] : [])].join('\n');
