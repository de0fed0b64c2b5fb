import { addDuration, parseDuration } from '../duration.js';
import type { Manifest } from '../manifest/schema.js';
import type { Signals } from '../signals/detect.js';

/** How a choice was made. */
export const CONSENT_METHODS = ['accept', 'reject', 'save', 'signal', 'acknowledge'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** Proof of a choice (GDPR Art. 7(1)): what was chosen, when, how, under which policy version and signals. */
export interface ConsentRecord {
  readonly id: string;
  /** When the choice was made (ISO 8601). */
  readonly timestamp: string;
  readonly policyVersion: string;
  readonly language: string;
  /** Granted or not, per category id; strictly necessary categories are always true. */
  readonly choices: Readonly<Record<string, boolean>>;
  readonly method: ConsentMethod;
  /** The Global Privacy Control and Do Not Track signals at the time; null when the browser sent none. */
  readonly gpc: boolean | null;
  readonly dnt: boolean | null;
  /** When the choice lapses and the visitor is asked again (ISO 8601). */
  readonly expires: string;
}

/** How long a choice is kept when the manifest does not say (CNIL's good practice). */
export const DEFAULT_LIFETIME = 'P6M';
/**
 * The latest a record read at `now` may expire: the policy's lifetime counted from now, since a
 * record written earlier lapses no later (the calendar only moves forward), and an hour more for a
 * clock change. A record claiming more was not written under this policy.
 */
const latestExpiry = (manifest: Manifest, now: Date) =>
  +addDuration(now, parseDuration(manifest.consent?.lifetime ?? DEFAULT_LIFETIME)!) + 36e5;

export const categoriesOf = (manifest: Manifest) => manifest.cookies?.categories ?? [];

/**
 * The choice per category: strictly necessary always on, categories locked by
 * a privacy signal always off, the rest as `wants` says.
 */
export const decideChoices = (
  manifest: Manifest,
  wants: (id: string) => boolean,
  locked: readonly string[] = [],
): Record<string, boolean> =>
  ownFlags(
    categoriesOf(manifest).map((c) => [c.id, c.necessary === true || (!locked.includes(c.id) && wants(c.id) === true)]),
  );

/**
 * Flags in an object without a prototype: a category nobody decided on reads as undefined, never as
 * whatever another script put on `Object.prototype` under that name.
 */
export const ownFlags = (entries: Iterable<readonly [string, boolean]>): Record<string, boolean> =>
  Object.assign(Object.create(null) as Record<string, boolean>, Object.fromEntries(entries));

/** Whether `flags` itself says true for `id`. */
export const flagOn = (flags: Readonly<Record<string, boolean>> | undefined, id: string): boolean =>
  !!flags && Object.prototype.hasOwnProperty.call(flags, id) && flags[id] === true;

/** A random id (a UUID where the browser makes one). */
export const newId = (): string =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** A new record of a choice, lasting the manifest's consent lifetime (default six months). */
export function createRecord(
  manifest: Manifest,
  choices: Record<string, boolean>,
  method: ConsentMethod,
  language: string,
  signals: Signals,
  now = new Date(),
): ConsentRecord {
  return {
    id: newId(),
    timestamp: now.toISOString(),
    policyVersion: manifest.version,
    language,
    choices,
    method,
    gpc: signals.gpc ?? null,
    dnt: signals.dnt ?? null,
    expires: addDuration(now, parseDuration(manifest.consent?.lifetime ?? DEFAULT_LIFETIME)!).toISOString(),
  };
}

const time = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : NaN);
const isFlag = (v: unknown) => v === null || typeof v === 'boolean';

/** The most a browser keeps of one cookie's name and value (RFC 6265bis; larger ones are dropped without an error). */
export const COOKIE_LIMIT = 4096;

/**
 * The compact form of a record kept in the cookie, in cookie-safe characters only:
 * `c1.<id>.<timestamp>.<expires>.<method><gpc><dnt>.<policy>.<language>.<choices>`. Times are
 * milliseconds in base 36; the method is its index in CONSENT_METHODS; a signal is t, f or n (null);
 * `policy` is a hash of the policy version and the category ids in order, so a new version, or
 * categories renamed or reordered, reads as no choice; `choices` holds a 1 or 0 per category, in the
 * policy's order. 50 categories take 50 characters, not the kilobytes their ids would as JSON.
 */
const COMPACT = 'c1';
const FLAG = { t: true, f: false, n: null } as const;
const flagChar = (v: boolean | null) => (v === null ? 'n' : v ? 't' : 'f');
const LANGUAGE = /^[A-Za-z0-9-]{1,35}$/;
const ID = /^[\w-]{1,64}$/;

/** FNV-1a over the version and the category ids: what a stored choice was made for. */
function policyHash(manifest: Manifest): string {
  let hash = 0x811c9dc5;
  for (const char of [manifest.version, ...categoriesOf(manifest).map((c) => c.id)].join('\n'))
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash.toString(36);
}

/** The cookie value for a record made under `manifest`. */
export function encodeRecord(record: ConsentRecord, manifest: Manifest): string {
  const choices = categoriesOf(manifest)
    .map((c) => (flagOn(record.choices, c.id) ? '1' : '0'))
    .join('');
  return [
    COMPACT,
    ID.test(record.id) ? record.id : 'x',
    Date.parse(record.timestamp).toString(36),
    Date.parse(record.expires).toString(36),
    `${CONSENT_METHODS.indexOf(record.method)}${flagChar(record.gpc)}${flagChar(record.dnt)}`,
    policyHash(manifest),
    LANGUAGE.test(record.language) ? record.language : 'und',
    choices,
  ].join('.');
}

/**
 * The longest cookie (name and value) a record under this policy can take: the compact form with
 * every part at its longest.
 */
export const largestRecordCookie = (manifest: Manifest, name: string): number =>
  name.length +
  1 +
  [
    COMPACT,
    'x'.repeat(64),
    'z'.repeat(9),
    'z'.repeat(9),
    '0nn',
    'z'.repeat(7),
    'x'.repeat(35),
    '1'.repeat(categoriesOf(manifest).length),
  ].join('.').length;

/** A compact value as a record to be checked like any other; undefined when it is not one. */
function decodeCompact(raw: string, manifest: Manifest): Record<string, unknown> | undefined {
  const [format, id, timestamp, expires, flags, hash, language, bits, ...rest] = raw.split('.');
  const categories = categoriesOf(manifest);
  if (
    format !== COMPACT ||
    rest.length ||
    !ID.test(id ?? '') ||
    !/^[0-4][tfn][tfn]$/.test(flags ?? '') ||
    !LANGUAGE.test(language ?? '')
  )
    return undefined;
  if (hash !== policyHash(manifest) || bits?.length !== categories.length || !/^[01]*$/.test(bits)) return undefined;
  const at = (v: string) => (/^[0-9a-z]{1,9}$/.test(v) ? new Date(parseInt(v, 36)).toISOString() : '');
  return {
    id,
    timestamp: at(timestamp),
    policyVersion: manifest.version,
    language,
    choices: ownFlags(categories.map((c, i) => [c.id, bits[i] === '1'])),
    method: CONSENT_METHODS[+flags[0]],
    gpc: FLAG[flags[1] as keyof typeof FLAG],
    dnt: FLAG[flags[2] as keyof typeof FLAG],
    expires: at(expires),
  };
}

/**
 * Reads a stored record back, strictly: anything unparseable, of the wrong shape, for another
 * policy version, expired, or with a choice for a category the policy does not have (or missing
 * one) is no record at all, so the visitor is asked again and nothing is granted. Reads the compact
 * form, and the JSON that earlier versions stored, so an update does not ask every visitor again.
 * Never throws.
 */
export function parseRecord(raw: string | undefined, manifest: Manifest, now = new Date()): ConsentRecord | undefined {
  if (!raw) return undefined; // a first visit: no exception to throw and catch on every page load
  try {
    const r = raw.startsWith('{') ? JSON.parse(raw) : decodeCompact(raw, manifest);
    if (typeof r !== 'object' || r === null) return undefined;
    const own = (key: string) => (Object.prototype.hasOwnProperty.call(r, key) ? r[key] : undefined);
    const choices = own('choices');
    if (typeof choices !== 'object' || choices === null) return undefined;
    const categories = categoriesOf(manifest);
    const expires = time(own('expires'));
    const valid =
      typeof own('id') === 'string' &&
      own('id') &&
      typeof own('language') === 'string' &&
      own('policyVersion') === manifest.version &&
      CONSENT_METHODS.includes(own('method')) &&
      isFlag(own('gpc')) &&
      isFlag(own('dnt')) &&
      time(own('timestamp')) < expires &&
      expires > +now &&
      expires <= latestExpiry(manifest, now) &&
      Object.keys(choices).length === categories.length &&
      categories.every(
        (c) =>
          Object.prototype.hasOwnProperty.call(choices, c.id) &&
          typeof choices[c.id] === 'boolean' &&
          (choices[c.id] || !c.necessary),
      );
    if (!valid) return undefined;
    return {
      id: own('id'),
      timestamp: own('timestamp'),
      policyVersion: manifest.version,
      language: own('language'),
      choices: ownFlags(categories.map((c) => [c.id, choices[c.id]])),
      method: own('method'),
      gpc: own('gpc'),
      dnt: own('dnt'),
      expires: own('expires'),
    };
  } catch {
    return undefined;
  }
}
