import { isOptional, type Format, type Shape } from './shape.js';
import { manifestShape, NO_IDENTITY_CHECK, type Manifest, type RightEntry } from './schema.js';
import { parseDuration, type Duration } from '../duration.js';
import { DEFAULT_COOKIE, HOST_PREFIX } from '../consent/store.js';
import { COOKIE_LIMIT, largestRecordCookie } from '../consent/record.js';
import { namePattern } from '../consent/name-pattern.js';
import { isSafeUrl } from './urls.js';

/*
 * The rules of the manifest format, once, for both checks that run them: the full validator
 * (validate.ts: every problem with its JSON path and a sentence) and the production guard
 * (guard.ts: stops at the first problem). A problem is reported as a code and its values; the
 * sentences live with the validator, so a page whose manifest is valid never downloads them.
 */

export const MAX_STRING = 10_000;
export const MAX_ITEMS = 500;
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

export const FORMATS: Record<Format, RegExp | ((v: string) => boolean)> = {
  url: isSafeUrl,
  // No `?` or `#` (they would start a mailto link's query or fragment), and no line breaks (\s): a header could follow.
  email: /^[^\s@<>()",;:?#]+@[^\s@<>()",;:?#]+\.[^\s@<>()",;:?#]+$/,
  // A day the calendar has: Date.parse would take 2026-02-30 as 2 March.
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).getUTCDate() === +v.slice(8),
  duration: (v) => parseDuration(v) !== undefined,
  lifetime: (v) => v === 'session' || v === 'unspecified' || parseDuration(v) !== undefined,
  id: /^[A-Za-z][\w-]{0,63}$/,
  cookie: /^(__Host-)?[A-Za-z][\w-]{0,63}$/,
  lang: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/,
  domain: /^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i,
  // Cookie-name characters (RFC 6265 token) and `*`, with at least one that is not `*`: a lone `*` would delete everything.
  pattern: /^(?=.*[^*])[\w!#$%&'*+.^`|~-]{1,200}$/,
};

/** What went wrong; the validator words each, with the values reported beside it. */
export const enum Problem {
  Getter,
  NotString,
  TooLong,
  Format,
  EmptyText,
  TooManyLanguages,
  Number,
  Boolean,
  Enum,
  NotArray,
  TooManyItems,
  NotObject,
  Missing,
  Unknown,
  DuplicateCategory,
  NecessaryUses,
  SessionOutlived,
  ChoiceCookieOptional,
  PatternHitsNecessary,
  NecessaryAds,
  HostCookieDomain,
  CookieTooLarge,
  UnknownCategory,
  LifetimeTooLong,
  DuplicateMethod,
  MethodNeeds,
  DuplicateRight,
  UnknownMethod,
  IdentityCheck,
  Unreadable,
}

/** A JSON path, spelled out only when an issue needs it: most nodes are valid, and building every path cost time at load. */
export type Path = () => string;

/**
 * A check in steps: it yields when the slice of time a driver gave it is over, and returns its
 * result. `finish` runs one to the end at once; `inSlices` lets the page run between slices.
 */
export type Steps<T> = Generator<void, T, void>;

/** When the running slice ends (performance.now() time); Infinity while no driver runs slices. */
let sliceEnd = Infinity;
/** Whether a check running in slices should pause now. */
export const due = () => sliceEnd < Infinity && performance.now() > sliceEnd;

/** How long one slice of a check may run: a long task is 50 ms, and the page needs the rest of the frame. */
export const SLICE_MS = 40;

/** Runs a check to its end, ignoring the pauses it offers: for callers that need the answer now. */
export function finish<T>(steps: Steps<T>): T {
  let step;
  while (!(step = steps.next()).done);
  return step.value;
}

/** A turn for the page: the rest of the work goes on in a task of its own. */
export const turn = () => new Promise((resolve) => setTimeout(resolve));

/**
 * A check that took longer than this, counted from `since`, gives its answer in a task of its own
 * even when it fits in one slice: what the answer sets off (an element's first render) then does
 * not lengthen the task that parsed and checked. At 4x CPU the bench's 2 KB policy took about 17 ms
 * to check (a CPU profile), and the banner's first render about 66 ms after it.
 */
export const SETTLE_MS = 10;

/**
 * Runs a check in slices of SLICE_MS, the first counted from `since` (when the task began its
 * work, such as parsing): a check that fits and is quick returns its answer at once; a longer one
 * lets the page run between slices and settles in a task of its own, so what the answer sets off
 * starts afresh.
 */
export function inSlices<T>(steps: Steps<T>, since = performance.now()): T | Promise<T> {
  const slice = (start: number) => {
    const outer = sliceEnd; // a check run by page code inside a slice (a Proxy's trap) gives it back
    sliceEnd = start + SLICE_MS;
    try {
      return steps.next();
    } finally {
      sliceEnd = outer;
    }
  };
  let step = slice(since);
  if (step.done && performance.now() - since < SETTLE_MS) return step.value;
  return (async () => {
    while (!step.done) {
      await turn();
      step = slice(performance.now());
    }
    await turn();
    return step.value;
  })();
}

/** Where problems go: the validator collects them, the guard stops at the first. */
export interface Report {
  add(path: Path | string, problem: Problem, ...values: unknown[]): void;
  /** How many problems so far. */
  readonly count: number;
  /** Copies that lost a part to a problem: a rule that needs the whole list (every method id) skips them. */
  readonly incomplete: WeakSet<object>;
}

const child =
  (path: Path, key: string | number): Path =>
  () =>
    typeof key === 'number'
      ? `${path()}[${key}]`
      : /^[A-Za-z_$][\w$]*$/.test(key)
        ? `${path()}.${key}`
        : `${path()}[${JSON.stringify(key)}]`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value already reported, to be left out of the copy without a second report. */
const REFUSED = Symbol();

/**
 * The value of an own data property, read once. A getter is refused rather than called: it is page
 * code, and could answer the check one thing and the runtime another.
 */
function ownValue(d: PropertyDescriptor | undefined, path: Path, out: Report): unknown {
  if (!d || 'value' in d) return d?.value;
  out.add(path, Problem.Getter);
  return REFUSED;
}

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
  if (typeof v !== 'string') return void out.add(path, Problem.NotString, v);
  if (v.length > MAX_STRING) return void out.add(path, Problem.TooLong);
  if (!format) return v;
  const test = FORMATS[format];
  if (typeof test === 'function' ? test(v) : test.test(v)) return v;
  out.add(path, Problem.Format, format, v);
}

/** What a list or an object holds: walked in steps, a value of another kind at once (a generator for each would double the time). */
const nested = (shape: Shape) => shape.k === 'arr' || shape.k === 'obj';

/**
 * Checks `v` against `shape`, a list or an object (`leaf` takes every other kind), and returns a copy of what passed: objects without a prototype and
 * with only the known own data properties, arrays, all frozen. What failed is left out (undefined,
 * keeping array positions), so the rules across fields can still run on the rest. Every value is
 * read exactly once, so a Proxy or a getter cannot show the check one thing and the copy another.
 */
function* walk(shape: Shape, v: unknown, path: Path, out: Report): Steps<unknown> {
  if (v === REFUSED) return undefined;
  switch (shape.k) {
    case 'arr': {
      if (!Array.isArray(v)) return void out.add(path, Problem.NotArray, v);
      const length = ownValue(own(v, 'length'), path, out) as number;
      if (length > MAX_ITEMS) return void out.add(path, Problem.TooManyItems);
      const copy: unknown[] = [];
      const before = out.count;
      const of = shape.of;
      for (let i = 0; i < length; i++) {
        const item = ownValue(own(v, i), child(path, i), out);
        copy.push(nested(of) ? yield* walk(of, item, child(path, i), out) : leaf(of, item, child(path, i), out));
        if (due()) yield;
      }
      if (out.count > before) out.incomplete.add(copy);
      return Object.freeze(copy);
    }
    case 'obj': {
      if (!isRecord(v)) return void out.add(path, Problem.NotObject, v);
      const copy: Record<string, unknown> = Object.create(null);
      const before = out.count;
      const keys = Object.keys(v);
      let known = 0;
      for (const [key, sub, optional] of propertiesOf(shape.p)) {
        const d = own(v, key);
        if (d?.enumerable) known++;
        // Undefined counts as not given, as JSON.stringify leaves it out: a copy made by this module, spread into another, checks again.
        const given = !!d?.enumerable && !('value' in d && d.value === undefined);
        const item = given ? ownValue(d, child(path, key), out) : undefined;
        const value = !given
          ? undefined
          : nested(sub)
            ? yield* walk(sub, item, child(path, key), out)
            : leaf(sub, item, child(path, key), out);
        if (value !== undefined) copy[key] = value;
        if (!given && !optional) out.add(child(path, key), Problem.Missing);
      }
      if (keys.length > known)
        for (const key of keys) {
          if (!Object.prototype.hasOwnProperty.call(shape.p, key)) out.add(child(path, key), Problem.Unknown, shape);
          if (due()) yield;
        }
      if (out.count > before) out.incomplete.add(copy);
      return Object.freeze(copy);
    }
  }
}

/** `walk` for a value that holds no list or object to walk: a string, a text, a number, a Boolean, one of a set. */
function leaf(shape: Shape, v: unknown, path: Path, out: Report): unknown {
  if (v === REFUSED) return undefined;
  switch (shape.k) {
    case 'str':
      return checkString(v, shape.f, path, out);
    case 'text': {
      if (!isRecord(v)) return checkString(v, undefined, path, out);
      const langs = Object.keys(v);
      if (!langs.length) out.add(path, Problem.EmptyText);
      if (langs.length > MAX_ITEMS) return void out.add(path, Problem.TooManyLanguages);
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
      return void out.add(path, Problem.Number, shape, v);
    case 'bool':
      if (typeof v === 'boolean') return v;
      return void out.add(path, Problem.Boolean, v);
    case 'enum':
      if (shape.v.includes(v as string)) return v;
      return void out.add(path, Problem.Enum, shape, v);
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
function* checkRelations(m: Manifest | undefined, out: Report): Steps<void> {
  if (!m) return;
  const choiceCookie = m.consent?.cookie ?? DEFAULT_COOKIE;
  const seen = new Set<string>();
  const categories = m.cookies?.categories ?? [];
  // What a refusal must never delete, by kind of storage: the choice, and what a necessary category lists.
  const kept = new Map<string, string[]>();
  const keptOf = (kind: string) => {
    let names = kept.get(kind);
    if (!names)
      kept.set(
        kind,
        (names = [
          ...(kind === 'cookie' ? [choiceCookie] : []),
          ...categories
            .filter((n) => n?.necessary)
            .flatMap((n) => (n.items ?? []).filter((x) => (x.kind ?? 'cookie') === kind).map((x) => x.name)),
        ]),
      );
    return names;
  };
  for (const [i, c] of categories.entries()) {
    if (due()) yield;
    if (!c) continue;
    const path = `$.cookies.categories[${i}]`;
    if (c.id !== undefined && seen.has(c.id)) out.add(`${path}.id`, Problem.DuplicateCategory, c.id);
    seen.add(c.id);
    if (c.necessary && c.uses?.length) out.add(`${path}.uses`, Problem.NecessaryUses);
    c.items?.forEach((item, j) => {
      if (!item) return;
      // Only cookies and sessionStorage end with the browser session; localStorage and IndexedDB stay until removed.
      if (item.duration === 'session' && (item.kind === 'localStorage' || item.kind === 'indexedDB'))
        out.add(`${path}.items[${j}].duration`, Problem.SessionOutlived, item.kind);
      // The cookie that keeps the choice is strictly necessary: under an optional category, a refusal would delete it with the rest.
      if (!c.necessary && item.name === choiceCookie && (item.kind ?? 'cookie') === 'cookie')
        out.add(`${path}.items[${j}]`, Problem.ChoiceCookieOptional, choiceCookie);
      // A refusal deletes what an optional item's pattern matches: never the choice, nor what a necessary category lists.
      if (!c.necessary && item.pattern) {
        const hit = keptOf(item.kind ?? 'cookie').find(namePattern(item.pattern));
        if (hit !== undefined) out.add(`${path}.items[${j}].pattern`, Problem.PatternHitsNecessary, hit);
      }
    });
    // Advertising is never strictly necessary: a necessary category would grant these without asking.
    c.consentMode?.forEach((type, j) => {
      if (c.necessary && type?.startsWith('ad_')) out.add(`${path}.consentMode[${j}]`, Problem.NecessaryAds, type);
    });
  }
  // The browser refuses a __Host- cookie that names a domain: the choice would never be kept.
  if (m.consent?.cookie?.startsWith(HOST_PREFIX) && m.consent.domain)
    out.add('$.consent.domain', Problem.HostCookieDomain);
  const cookieSize = largestRecordCookie(m, m.consent?.cookie ?? DEFAULT_COOKIE);
  if (cookieSize > COOKIE_LIMIT) out.add('$.cookies.categories', Problem.CookieTooLarge, cookieSize);
  m.recipients?.forEach((r, i) =>
    r?.categories?.forEach((id, j) => {
      if (id !== undefined && !seen.has(id))
        out.add(`$.recipients[${i}].categories[${j}]`, Problem.UnknownCategory, id);
    }),
  );
  const lifetime = m.consent?.lifetime;
  if (lifetime && outlastsThirteenMonths(parseDuration(lifetime)!))
    out.add('$.consent.lifetime', Problem.LifetimeTooLong, lifetime);
  const { rights } = m;
  if (!rights) return;
  for (const [i, id] of duplicates(rights.methods, (x) => x.id))
    out.add(`$.rights.methods[${i}].id`, Problem.DuplicateMethod, id);
  // Self-service may be a place in the product ("your account settings") with no URL to give.
  rights.methods?.forEach((x, i) => {
    const needs = x?.type === 'email' ? 'email' : x?.type === 'self-service' || !x?.type ? undefined : 'url';
    if (needs && !x[needs] && !out.incomplete.has(x))
      out.add(`$.rights.methods[${i}].${needs}`, Problem.MethodNeeds, x.type, needs);
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
      Problem.DuplicateRight,
      rights.items[i].right,
      !!rights.items[i].jurisdictions,
    );
  const methodIds = new Set(rights.methods?.map((x) => x?.id));
  // With a method left out for a problem of its own, a reference to it is not a second problem.
  const methodsWhole = !out.incomplete.has(rights.methods ?? rights);
  rights.items?.forEach((r, i) => {
    if (!r) return;
    if (methodsWhole)
      r.methods?.forEach((id, j) => {
        if (id !== undefined && !methodIds.has(id))
          out.add(`$.rights.items[${i}].methods[${j}]`, Problem.UnknownMethod, id);
      });
    if (r.right && NO_IDENTITY_CHECK.includes(r.right) && r.identityVerification)
      out.add(`$.rights.items[${i}].identityVerification`, Problem.IdentityCheck, r.right);
  });
}

/** What the guard throws to stop at its first problem. */
export const STOP = Symbol();

/** Manifests a check returned: checking one again gives it back as it is. */
const checked = new WeakSet<object>();

/**
 * Runs every rule on a parsed JSON value, in steps (see `finish` and `inSlices`); never throws.
 * Returns the manifest when nothing was reported: a frozen deep copy of its own data properties, on
 * objects without a prototype, so what other scripts put on `Object.prototype`, or change in the
 * original later (between slices too: each value is read once), decides nothing.
 */
export function* checkManifest(value: unknown, out: Report): Steps<Manifest | undefined> {
  if (typeof value === 'object' && value !== null && checked.has(value)) return value as Manifest;
  let manifest: Manifest | undefined;
  try {
    manifest = (yield* walk(manifestShape, value, () => '$', out)) as Manifest | undefined;
    yield* checkRelations(manifest, out);
  } catch (e) {
    // The guard stops at its first problem by throwing STOP; anything else came from the value itself (a Proxy's trap).
    if (e !== STOP) out.add('$', Problem.Unreadable, e);
  }
  if (out.count || !manifest) return undefined;
  checked.add(manifest);
  return manifest;
}
