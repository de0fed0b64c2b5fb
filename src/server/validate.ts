import { CONSENT_METHODS, categoriesOf, type ConsentRecord } from '../core/consent/record.js';
import { methodsFor, type RequestPayload } from '../core/requests/request.js';
import type { Manifest, Right } from '../core/manifest/schema.js';

/** One reason a body was refused, located by a JSON path as the manifest validator does. */
export interface BodyIssue {
  readonly path: string;
  readonly message: string;
}
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly BodyIssue[] };

const RECORD_KEYS = [
  'id',
  'timestamp',
  'policyVersion',
  'language',
  'choices',
  'method',
  'gpc',
  'dnt',
  'expires',
] as const;
const ID = /^[\w-]{8,100}$/;
const CATEGORY_ID = /^[A-Za-z][\w-]{0,63}$/;
const LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,6}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** The request form's own check: whatever address the form lets through, the receiver takes. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_TEXT = 10_000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const time = (v: unknown) => (typeof v === 'string' && ISO_TIME.test(v) ? Date.parse(v) : NaN);

/**
 * A consent record as the banner sends it: every field of `ConsentRecord` and no other, a policy
 * version the receiver knows, and, for the current version, a choice for each of its categories
 * (strictly necessary ones granted). What comes back holds only those fields.
 */
export function checkRecord(body: unknown, policy: Manifest, knownVersions: readonly string[]): Checked<ConsentRecord> {
  if (!isObject(body))
    return { ok: false, issues: [{ path: '$', message: 'expected a consent record (a JSON object)' }] };
  const issues: BodyIssue[] = [];
  const expect = (ok: boolean, key: string, message: string) => ok || issues.push({ path: `$.${key}`, message });
  for (const key of Object.keys(body))
    expect((RECORD_KEYS as readonly string[]).includes(key), key, 'not a field of a consent record');
  const { id, timestamp, policyVersion, language, choices, method, gpc, dnt, expires } = body;
  expect(typeof id === 'string' && ID.test(id), 'id', 'expected an id of 8 to 100 letters, digits, - or _');
  expect(!isNaN(time(timestamp)), 'timestamp', 'expected an ISO 8601 date and time');
  expect(
    !isNaN(time(expires)) && time(expires) > time(timestamp),
    'expires',
    'expected an ISO 8601 date and time after the timestamp',
  );
  const versions = [policy.version, ...knownVersions];
  expect(
    typeof policyVersion === 'string' && versions.includes(policyVersion),
    'policyVersion',
    `expected one of the policy versions this receiver knows: ${versions.join(', ')}`,
  );
  expect(
    typeof language === 'string' && LANGUAGE.test(language),
    'language',
    'expected a language tag such as en or pt-BR',
  );
  expect(
    (CONSENT_METHODS as readonly unknown[]).includes(method),
    'method',
    `expected one of ${CONSENT_METHODS.join(', ')}`,
  );
  expect(gpc === null || typeof gpc === 'boolean', 'gpc', 'expected true, false or null');
  expect(dnt === null || typeof dnt === 'boolean', 'dnt', 'expected true, false or null');
  if (!isObject(choices) || Object.keys(choices).length > 100)
    expect(false, 'choices', 'expected an object of category ids and true or false');
  else {
    for (const [key, value] of Object.entries(choices))
      expect(
        CATEGORY_ID.test(key) && typeof value === 'boolean',
        `choices.${key}`,
        'expected a category id with true or false',
      );
    if (policyVersion === policy.version) {
      const categories = categoriesOf(policy);
      for (const c of categories)
        expect(
          typeof choices[c.id] === 'boolean' && (choices[c.id] === true || !c.necessary),
          `choices.${c.id}`,
          c.necessary ? 'a strictly necessary category is always true' : 'expected true or false',
        );
      for (const key of Object.keys(choices))
        expect(
          categories.some((c) => c.id === key),
          `choices.${key}`,
          `not a category of policy version ${policy.version}`,
        );
    }
  }
  if (issues.length) return { ok: false, issues };
  const record = Object.fromEntries(RECORD_KEYS.map((k) => [k, body[k]])) as unknown as ConsentRecord;
  return { ok: true, value: record };
}

/**
 * A rights request as the request form sends it: a right the policy offers through an endpoint,
 * an email address, and free text within bounds. Only the form's fields are kept.
 */
export function checkRequest(body: unknown, policy: Manifest): Checked<RequestPayload> {
  if (!isObject(body))
    return {
      ok: false,
      issues: [
        {
          path: '$',
          message: 'expected {"right": "...", "email": "...", "details"?: "...", "accountIdentifier"?: "..."}',
        },
      ],
    };
  const issues: BodyIssue[] = [];
  const expect = (ok: boolean, key: string, message: string) => ok || issues.push({ path: `$.${key}`, message });
  const { right, email, details = '', accountIdentifier } = body;
  const entry = typeof right === 'string' ? policy.rights?.items.find((r) => r.right === right) : undefined;
  const offered = (policy.rights?.items ?? [])
    .filter((r) => methodsFor(policy, r).some((m) => m.type === 'endpoint'))
    .map((r) => r.right);
  expect(
    !!entry && offered.includes(entry.right),
    'right',
    `expected a right the policy offers by this endpoint: ${[...new Set(offered)].join(', ') || 'none'}`,
  );
  expect(
    typeof email === 'string' && email.length <= 320 && EMAIL.test(email.trim()),
    'email',
    'expected an email address',
  );
  expect(
    typeof details === 'string' && details.length <= MAX_TEXT,
    'details',
    `expected text of at most ${MAX_TEXT} characters`,
  );
  expect(
    accountIdentifier === undefined || (typeof accountIdentifier === 'string' && accountIdentifier.length <= 1000),
    'accountIdentifier',
    'expected text of at most 1000 characters',
  );
  if (issues.length) return { ok: false, issues };
  const text = (v: unknown) => (v as string).trim();
  return {
    ok: true,
    value: {
      right: right as Right,
      email: text(email),
      details: text(details),
      ...(accountIdentifier && text(accountIdentifier) ? { accountIdentifier: text(accountIdentifier) } : {}),
    },
  };
}
