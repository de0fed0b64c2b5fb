import { isOptional, type Format, type Shape } from './shape.js';
import { manifestShape, NO_IDENTITY_CHECK, type Manifest } from './schema.js';
import { parseDuration, type Duration } from '../duration.js';
import { DEFAULT_COOKIE } from '../consent/store.js';
import { namePattern } from '../consent/cleanup.js';

/** One problem in a manifest, located by a JSON path such as `$.rights.items[2].right`. */
export interface ManifestIssue {
  readonly path: string;
  readonly message: string;
}

export type Validation =
  | { readonly ok: true; readonly manifest: Manifest; readonly issues: readonly [] }
  | { readonly ok: false; readonly issues: readonly ManifestIssue[] };

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
  email: [/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/, 'an email address'],
  // A day the calendar has: Date.parse would take 2026-02-30 as 2 March.
  date: [(v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).getUTCDate() === +v.slice(8), 'a date as YYYY-MM-DD'],
  duration: [(v) => parseDuration(v) !== undefined, 'an ISO 8601 duration such as P30D or PT72H'],
  lifetime: [(v) => v === 'session' || v === 'unspecified' || parseDuration(v) !== undefined, '"session", "unspecified" or an ISO 8601 duration'],
  id: [/^[A-Za-z][\w-]{0,63}$/, 'an identifier (letters, digits, - and _)'],
  lang: [/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/, 'a language tag such as en or pt-BR'],
  domain: [/^\.?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'a domain name such as example.com'],
  // Cookie-name characters (RFC 6265 token) and `*`, with at least one that is not `*`: a lone `*` would delete everything.
  pattern: [/^(?=.*[^*])[\w!#$%&'*+.^`|~-]{1,200}$/, 'a cookie or storage key name with * for any run of characters, such as _ga_*'],
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
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v;

/** A JSON path, spelled out only when an issue needs it: most nodes are valid, and building every path cost time at load. */
type Path = () => string;

const child = (path: Path, key: string | number): Path => () =>
  typeof key === 'number' ? `${path()}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path()}.${key}` : `${path()}[${JSON.stringify(key)}]`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkString(v: unknown, format: Format | undefined, path: Path, out: ManifestIssue[]) {
  if (typeof v !== 'string') return out.push({ path: path(), message: `expected a string, got ${describe(v)}` });
  if (v.length > MAX_STRING) return out.push({ path: path(), message: `expected at most ${MAX_STRING} characters` });
  if (!format) return;
  const [test, expected] = FORMATS[format];
  if (!(typeof test === 'function' ? test(v) : test.test(v))) out.push({ path: path(), message: `expected ${expected}, got ${describe(v)}` });
}

function walk(shape: Shape, v: unknown, path: Path, out: ManifestIssue[]): void {
  switch (shape.k) {
    case 'str':
      checkString(v, shape.f, path, out);
      return;
    case 'text':
      if (!isRecord(v)) return void checkString(v, undefined, path, out);
      if (!Object.keys(v).length) out.push({ path: path(), message: 'expected a string or a map of language to string, got an empty object' });
      for (const lang of Object.keys(v)) {
        checkString(lang, 'lang', () => `${child(path, lang)()} (key)`, out);
        checkString(v[lang], undefined, child(path, lang), out);
      }
      return;
    case 'num':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < shape.min || v > shape.max)
        out.push({ path: path(), message: `expected a whole number from ${shape.min} to ${shape.max}, got ${describe(v)}` });
      return;
    case 'bool':
      if (typeof v !== 'boolean') out.push({ path: path(), message: `expected true or false, got ${describe(v)}` });
      return;
    case 'enum':
      if (!shape.v.includes(v as string)) out.push({ path: path(), message: `expected one of ${shape.v.join(', ')}; got ${describe(v)}` });
      return;
    case 'arr':
      if (!Array.isArray(v)) return void out.push({ path: path(), message: `expected an array, got ${describe(v)}` });
      if (v.length > MAX_ITEMS) return void out.push({ path: path(), message: `expected at most ${MAX_ITEMS} items` });
      v.forEach((item, i) => walk(shape.of, item, child(path, i), out));
      return;
    case 'obj':
      if (!isRecord(v)) return void out.push({ path: path(), message: `expected an object, got ${describe(v)}` });
      for (const key of Object.keys(v))
        if (!Object.prototype.hasOwnProperty.call(shape.p, key))
          out.push({ path: child(path, key)(), message: `unknown property; expected one of ${Object.keys(shape.p).join(', ')}` });
      for (const [key, sub] of Object.entries(shape.p)) {
        if (Object.prototype.hasOwnProperty.call(v, key)) walk(sub, v[key], child(path, key), out);
        else if (!isOptional(sub)) out.push({ path: child(path, key)(), message: 'required property is missing' });
      }
  }
}

/** Rules that span several fields; run only on a manifest whose shape is right. */
function checkRelations(m: Manifest, out: ManifestIssue[]) {
  const seen = new Set<string>();
  const choiceCookie = m.consent?.cookie ?? DEFAULT_COOKIE;
  m.cookies?.categories.forEach((c, i) => {
    const path = `$.cookies.categories[${i}]`;
    if (seen.has(c.id)) out.push({ path: `${path}.id`, message: `duplicate category id "${c.id}"` });
    seen.add(c.id);
    if (c.necessary && c.uses?.length)
      out.push({ path: `${path}.uses`, message: 'a strictly necessary category cannot be used for sale, sharing or targeted advertising' });
    // Only cookies and sessionStorage end with the browser session; localStorage and IndexedDB stay until removed.
    c.items?.forEach((item, j) => {
      if (item.duration === 'session' && (item.kind === 'localStorage' || item.kind === 'indexedDB'))
        out.push({ path: `${path}.items[${j}].duration`, message: `${item.kind} outlives the browser session; give a period, or "unspecified"` });
      // The cookie that keeps the choice is strictly necessary: under an optional category, a refusal would delete it with the rest.
      if (!c.necessary && item.name === choiceCookie && (item.kind ?? 'cookie') === 'cookie')
        out.push({ path: `${path}.items[${j}]`, message: `${choiceCookie} keeps the visitor's choice and is strictly necessary; list it in a necessary category` });
      // A refusal deletes what an optional item's pattern matches: never the choice, nor what a necessary category lists.
      if (!c.necessary && item.pattern) {
        const match = namePattern(item.pattern);
        const kind = item.kind ?? 'cookie';
        const hit = [
          ...(kind === 'cookie' ? [choiceCookie] : []),
          ...(m.cookies?.categories ?? []).filter((n) => n.necessary).flatMap((n) => (n.items ?? []).filter((x) => (x.kind ?? 'cookie') === kind).map((x) => x.name)),
        ].find(match);
        if (hit !== undefined) out.push({ path: `${path}.items[${j}].pattern`, message: `would also delete ${hit}, which is strictly necessary; make the pattern narrower` });
      }
    });
    // Advertising is never strictly necessary: a necessary category would grant these without asking.
    c.consentMode?.forEach((type, j) => {
      if (c.necessary && type.startsWith('ad_'))
        out.push({ path: `${path}.consentMode[${j}]`, message: `a strictly necessary category cannot grant ${type}; put it in a category that asks for consent` });
    });
  });
  m.recipients?.forEach((r, i) =>
    r.categories?.forEach((id, j) => {
      if (!seen.has(id)) out.push({ path: `$.recipients[${i}].categories[${j}]`, message: `expected the id of a category in $.cookies.categories, got "${id}"` });
    }),
  );
  const lifetime = m.consent?.lifetime;
  if (lifetime && outlastsThirteenMonths(parseDuration(lifetime)!))
    out.push({ path: '$.consent.lifetime', message: `expected at most 13 months (P13M), got ${lifetime}` });
  const methods = new Map(m.rights?.methods?.map((x) => [x.id, x]));
  // Self-service may be a place in the product ("your account settings") with no URL to give.
  m.rights?.methods?.forEach((x, i) => {
    const needs = x.type === 'email' ? 'email' : x.type === 'self-service' ? undefined : 'url';
    if (needs && !x[needs]) out.push({ path: `$.rights.methods[${i}].${needs}`, message: `a method of type ${x.type} needs ${needs === 'email' ? 'an email address' : 'a url'}` });
  });
  m.rights?.items.forEach((r, i) => {
    r.methods?.forEach((id, j) => {
      if (!methods.has(id)) out.push({ path: `$.rights.items[${i}].methods[${j}]`, message: `expected the id of a method in $.rights.methods, got "${id}"` });
    });
    if (NO_IDENTITY_CHECK.includes(r.right) && r.identityVerification)
      out.push({ path: `$.rights.items[${i}].identityVerification`, message: `${r.right} may not require an identity check (CCPA)` });
  });
}

/** Checks a parsed JSON value against the manifest format. Never throws. */
export function validateManifest(value: unknown): Validation {
  const issues: ManifestIssue[] = [];
  try {
    walk(manifestShape, value, () => '$', issues);
    if (!issues.length) checkRelations(value as Manifest, issues);
  } catch (e) {
    issues.push({ path: '$', message: `could not be read: ${(e as Error)?.message ?? e}` });
  }
  return issues.length ? { ok: false, issues } : { ok: true, manifest: value as Manifest, issues: [] };
}

/** One line per issue, for logs and the command line. */
export const formatIssues = (issues: readonly ManifestIssue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('\n');
