// Generators of malformed and hostile manifests, shared by the validator and element property tests.
import fc from 'fast-check';
import { minimalManifest } from '../fixtures.js';

/** Strings an attacker would put in a manifest: markup, script URLs, huge text. */
export const hostileString = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
    '<script>window.__pwned=(window.__pwned||0)+1</script>',
    '"><svg onload="window.__pwned=1">',
    'javascript:window.__pwned=1',
    ' JaVaScRiPt:window.__pwned=1',
    'java\tscript:window.__pwned=1',
    'data:text/html,<script>window.__pwned=1</script>',
    'vbscript:msgbox(1)',
    '{{constructor.constructor("window.__pwned=1")()}}',
    '${window.__pwned=1}',
    '\u202e\u0000\ud800',
  ),
  fc.string({ maxLength: 30 }),
  fc.nat({ max: 40_000 }).map((n) => 'x'.repeat(n)),
);

/** Anything JSON can hold, nested deep, including prototype-pollution keys. */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'en', '<b>'),
  fc.string({ maxLength: 8 }),
);
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Nesting far deeper than any manifest has. */
export const deepNesting = fc.nat({ max: 2000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { data: value };
  return value;
});

/** Paths into a realistic manifest, to replace one value with something hostile. */
const rich = {
  ...minimalManifest,
  url: 'https://example.com/privacy',
  title: { en: 'Privacy', de: 'Datenschutz' },
  data: [{ group: 'Account', type: 'Email', purpose: 'Login', legalBasis: ['contract'] }],
  recipients: [{ name: 'Stripe', purpose: 'Payments', url: 'https://stripe.com' }],
  retention: [{ data: 'Logs', period: 'P30D' }],
  cookies: {
    categories: [
      {
        id: 'necessary',
        necessary: true,
        name: 'Necessary',
        items: [{ name: 'sid', purpose: 'Session', duration: 'session', party: 'first' }],
      },
      {
        id: 'analytics',
        name: 'Analytics',
        consentMode: ['analytics_storage'],
        items: [{ name: '_a', purpose: 'Stats', duration: 'P6M', party: 'first' }],
      },
    ],
  },
  consent: { lifetime: 'P6M' },
  rights: {
    items: [{ right: 'access', methods: ['mail'] }],
    methods: [{ id: 'mail', type: 'email', email: 'privacy@example.com' }],
    deadline: 'P30D',
  },
};
export const richManifest = rich;

function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}
const allPaths = paths(rich).filter((p) => p.length);

function replaceAt(path: (string | number)[], replacement: unknown) {
  const copy = structuredClone(rich) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1], {
    value: replacement,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** A realistic manifest with one value replaced by something malformed or hostile, or a wholly hostile value. */
export const hostileManifest: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(fc.constantFrom(...allPaths), fc.oneof(hostileValue, deepNesting)).map(([path, v]) => replaceAt(path, v)),
  fc
    .tuple(hostileKey, hostileValue)
    .map(([key, v]) => ({ ...rich, ...JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(v ?? null)}}`) })),
  hostileValue,
  deepNesting,
);

const stringPaths = allPaths.filter(
  (p) => typeof p.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], rich) === 'string',
);

/** A realistic manifest with one of its strings replaced by markup, a script URL or huge text: often still valid. */
export const hostileTextManifest: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...stringPaths), hostileString)
  .map(([path, v]) => replaceAt(path, v));

/** URLs an attacker would try: script and data schemes behind odd case, leading control characters, tabs and newlines; and plain web URLs. */
export const hostileUrl = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', ' ', '\u0000', '\u0001', '\t', '\n', '\u001f'),
      fc.constantFrom(
        'javascript',
        'JaVaScRiPt',
        'java\tscript',
        'java\nscript',
        'data',
        'vbscript',
        'file',
        'http',
        'https',
        'mailto',
        'HTTPS',
      ),
      fc.constantFrom(':', '%3A', '&colon;'),
      fc.constantFrom(
        'alert(1)',
        '//example.com/a',
        'dpo@example.com',
        'text/html,<script>x</script>',
        '//example.com/"onmouseover=x',
        '//example.com/`x`',
        '//example.com\\..\\admin',
        '//example.com/a b',
      ),
    )
    .map((parts) => parts.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileString,
);

/** The realistic manifest with one of its URL fields replaced by a hostile URL. */
export const hostileUrlManifest: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom<(string | number)[]>(['url'], ['recipients', 0, 'url']), hostileUrl)
  .map(([path, v]) => replaceAt(path, v));
