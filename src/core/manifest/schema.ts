import { arr, bool, num, obj, oneOf, opt, str, text, type Infer } from './shape.js';

/** Rights a policy can grant (GDPR articles 7(3), 15-18, 20-22, 77; CCPA/CPRA). */
export const RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
  'automated-decisions',
  'complaint',
  'know',
  'opt-out-sale',
  'limit-sensitive',
  'non-discrimination',
  'opt-out-marketing',
] as const;
export type Right = (typeof RIGHTS)[number];

/** Rights the CCPA lets no business make depend on a verified identity (11 CCR 7026, 7027(e)). */
export const NO_IDENTITY_CHECK: readonly Right[] = ['opt-out-sale', 'limit-sensitive'];

/** GDPR Art. 6(1) legal bases. */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Google Consent Mode v2 consent types. */
export const CONSENT_MODE_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;
export type ConsentModeType = (typeof CONSENT_MODE_TYPES)[number];

/** Uses that a Global Privacy Control signal opts out of. */
export const OPT_OUT_USES = ['sale', 'sharing', 'targeted-advertising'] as const;
export type OptOutUse = (typeof OPT_OUT_USES)[number];

export const REQUEST_METHOD_TYPES = ['endpoint', 'web-form', 'self-service', 'email'] as const;
export type RequestMethodType = (typeof REQUEST_METHOD_TYPES)[number];

const legalBasis = opt(arr(oneOf(LEGAL_BASES)));
const uses = opt(arr(oneOf(OPT_OUT_USES)));
const notes = opt(arr(text()));

const party = obj({
  name: text(),
  email: opt(str('email')),
  url: opt(str('url')),
  address: opt(text()),
});

const storageItem = obj({
  name: str(),
  kind: opt(oneOf(['cookie', 'localStorage', 'sessionStorage', 'indexedDB', 'pixel', 'other'])),
  pattern: opt(str('pattern')),
  purpose: text(),
  duration: str('lifetime'),
  party: oneOf(['first', 'third']),
  provider: opt(text()),
  where: opt(text()),
  attributes: opt(arr(str())),
});

const category = obj({
  id: str('id'),
  necessary: opt(bool()),
  name: text(),
  description: opt(text()),
  items: opt(arr(storageItem)),
  consentMode: opt(arr(oneOf(CONSENT_MODE_TYPES))),
  uses,
});

const requestMethod = obj({
  id: str('id'),
  type: oneOf(REQUEST_METHOD_TYPES),
  email: opt(str('email')),
  subject: opt(text()),
  url: opt(str('url')),
  description: opt(text()),
  accountIdentifier: opt(text()),
});

const right = obj({
  right: oneOf(RIGHTS),
  description: opt(text()),
  jurisdictions: opt(arr(str())),
  methods: opt(arr(str('id'))),
  deadline: opt(str('duration')),
  identityVerification: opt(text()),
  note: opt(text()),
});

/** The policy manifest: every fact of a privacy policy, machine-readable. */
export const manifestShape = obj({
  $schema: opt(str()),
  version: str(),
  effectiveDate: str('date'),
  lastUpdated: opt(str('date')),
  url: opt(str('url')),
  language: opt(str('lang')),
  title: opt(text()),
  summary: opt(text()),
  controller: obj({
    name: text(),
    email: opt(str('email')),
    url: opt(str('url')),
    address: opt(text()),
    legalForm: opt(text()),
    country: opt(text()),
    role: opt(text()),
    dpo: opt(party),
  }),
  services: opt(arr(obj({ name: text(), url: opt(str('url')), description: opt(text()) }))),
  scope: opt(obj({ statement: text(), excluded: notes })),
  principles: notes,
  data: opt(
    arr(
      obj({
        group: text(),
        type: text(),
        purpose: opt(text()),
        storage: opt(text()),
        legalBasis,
        source: opt(oneOf(['provided', 'automatic', 'third-party'])),
        optional: opt(bool()),
        sensitive: opt(bool()),
        note: opt(text()),
      }),
    ),
  ),
  notCollected: opt(arr(obj({ type: text(), detail: opt(text()) }))),
  purposes: opt(arr(obj({ name: text(), description: opt(text()), legalBasis }))),
  legalBases: opt(arr(obj({ basis: oneOf(LEGAL_BASES), description: opt(text()) }))),
  commitments: notes,
  sale: opt(obj({ sells: bool(), shares: bool(), statement: opt(text()) })),
  recipients: opt(
    arr(
      obj({
        name: text(),
        purpose: text(),
        role: opt(oneOf(['processor', 'controller', 'third-party', 'user-chosen'])),
        data: notes,
        location: opt(text()),
        url: opt(str('url')),
        privacyPolicy: opt(str('url')),
        dpa: opt(bool()),
        uses,
        categories: opt(arr(str('id'))),
        note: opt(text()),
      }),
    ),
  ),
  recipientsInfo: opt(obj({ statement: opt(text()), url: opt(str('url')) })),
  storage: opt(obj({ locations: notes, statement: opt(text()) })),
  retention: opt(
    arr(
      obj({
        data: text(),
        period: opt(str('duration')),
        after: opt(text()),
        indefinite: opt(bool()),
        description: opt(text()),
      }),
    ),
  ),
  cookies: opt(obj({ statement: opt(text()), categories: arr(category) })),
  consent: opt(
    obj({
      cookie: opt(str('cookie')),
      lifetime: opt(str('duration')),
      domain: opt(str('domain')),
      endpoint: opt(str('url')),
    }),
  ),
  signals: opt(
    obj({
      gpc: opt(obj({ honoured: bool(), jurisdictions: opt(arr(str())), statement: opt(text()) })),
      dnt: opt(obj({ honoured: bool(), statement: text() })),
    }),
  ),
  rights: opt(
    obj({
      items: arr(right),
      methods: opt(arr(requestMethod)),
      deadline: opt(str('duration')),
      extension: opt(str('duration')),
      identityVerification: opt(text()),
      authority: opt(party),
      statement: opt(text()),
    }),
  ),
  security: opt(obj({ measures: arr(obj({ measure: text(), detail: opt(text()) })), statement: opt(text()) })),
  transfers: opt(
    obj({
      statement: opt(text()),
      items: opt(arr(obj({ to: text(), safeguard: opt(text()), data: notes }))),
    }),
  ),
  children: opt(
    obj({
      minimumAge: num(0, 21),
      ages: opt(arr(obj({ region: text(), age: num(0, 21) }))),
      statement: opt(text()),
    }),
  ),
  breach: opt(obj({ window: opt(str('duration')), notifies: notes, statement: opt(text()) })),
  changes: opt(obj({ noticePeriod: opt(str('duration')), channels: notes, statement: opt(text()) })),
  contact: opt(arr(obj({ label: text(), email: opt(str('email')), subject: opt(text()), url: opt(str('url')) }))),
  notes: opt(arr(obj({ title: text(), body: arr(text()) }))),
});

export type Manifest = Infer<typeof manifestShape>;
export type Category = Infer<typeof category>;
export type StorageItem = Infer<typeof storageItem>;
export type RequestMethod = Infer<typeof requestMethod>;
export type RightEntry = Infer<typeof right>;

/** A type with every literal and literal union widened to its base type, arrays kept as arrays. */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? readonly Widened<U>[]
        : T extends object
          ? { readonly [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * What the `manifest` property takes: the shape of `Manifest` with its unions widened to `string`,
 * as TypeScript types a JSON file imported with `resolveJsonModule` (`"consent"` becomes
 * `string`, `["consent"]` becomes `string[]`). The element validates it at run time, so a value
 * outside a union is an error with its JSON path, not a type error.
 */
export type ManifestInput = Widened<Manifest>;
