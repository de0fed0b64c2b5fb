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
const latestExpiry = (manifest: Manifest, now: Date) => +addDuration(now, parseDuration(manifest.consent?.lifetime ?? DEFAULT_LIFETIME)!) + 36e5;

export const categoriesOf = (manifest: Manifest) => manifest.cookies?.categories ?? [];

/**
 * The choice per category: strictly necessary always on, categories locked by
 * a privacy signal always off, the rest as `wants` says.
 */
export const decideChoices = (manifest: Manifest, wants: (id: string) => boolean, locked: readonly string[] = []): Record<string, boolean> =>
  ownFlags(categoriesOf(manifest).map((c) => [c.id, c.necessary === true || (!locked.includes(c.id) && wants(c.id) === true)]));

/**
 * Flags in an object without a prototype: a category nobody decided on reads as undefined, never as
 * whatever another script put on `Object.prototype` under that name.
 */
export const ownFlags = (entries: Iterable<readonly [string, boolean]>): Record<string, boolean> =>
  Object.assign(Object.create(null) as Record<string, boolean>, Object.fromEntries(entries));

/** Whether `flags` itself says true for `id`. */
export const flagOn = (flags: Readonly<Record<string, boolean>> | undefined, id: string): boolean =>
  !!flags && Object.prototype.hasOwnProperty.call(flags, id) && flags[id] === true;

const newId = (): string =>
  crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

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

/**
 * Reads a stored record back, strictly: anything unparseable, of the wrong
 * shape, for another policy version, expired, or with a choice for a category
 * the policy does not have (or missing one) is no record at all, so the
 * visitor is asked again and nothing is granted. Never throws.
 */
export function parseRecord(raw: string | undefined, manifest: Manifest, now = new Date()): ConsentRecord | undefined {
  if (!raw) return undefined; // a first visit: no exception to throw and catch on every page load
  try {
    const r = JSON.parse(raw);
    const { choices } = r;
    const categories = categoriesOf(manifest);
    const expires = time(r.expires);
    const valid =
      typeof r.id === 'string' &&
      r.id &&
      typeof r.language === 'string' &&
      r.policyVersion === manifest.version &&
      CONSENT_METHODS.includes(r.method) &&
      isFlag(r.gpc) &&
      isFlag(r.dnt) &&
      time(r.timestamp) < expires &&
      expires > +now &&
      expires <= latestExpiry(manifest, now) &&
      Object.keys(choices).length === categories.length &&
      categories.every((c) => Object.prototype.hasOwnProperty.call(choices, c.id) && typeof choices[c.id] === 'boolean' && (choices[c.id] || !c.necessary));
    return valid ? { ...r, choices: ownFlags(categories.map((c) => [c.id, choices[c.id]])) } : undefined;
  } catch {
    return undefined;
  }
}
