import { expect } from '@open-wc/testing';
import {
  formatIssues,
  validateManifest,
  isSafeUrl,
  parseManifest,
  type ManifestIssue,
} from '../../../src/core/manifest/validate.js';
import { addDuration, parseDuration } from '../../../src/core/duration.js';
import { minimalManifest } from '../../fixtures.js';
import { guardManifest } from '../../../src/core/manifest/guard.js';

/** The validator's issues; every case also checks that the production guard decides the same. */
const issuesOf = (value: unknown): readonly ManifestIssue[] => {
  const result = validateManifest(value);
  expect(guardManifest(value) !== undefined, 'the guard agrees with the validator').to.equal(result.ok);
  return result.ok ? [] : result.issues;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately malformed value
const withChange = (change: (m: any) => void) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately malformed value
  const m = structuredClone(minimalManifest) as any;
  change(m);
  return m;
};

describe('validateManifest', () => {
  it('accepts a minimal manifest and returns it', () => {
    const result = validateManifest(minimalManifest);
    expect(result.ok).to.equal(true);
    expect(result.ok && result.manifest).to.deep.equal(minimalManifest);
  });

  it('checks a manifest of 100,000 unknown keys well under a second and reports the first 50 problems and a count of the rest', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"unknown_${i}":${i}`).join(',');
    const json = `{"version":"1","effectiveDate":"2026-01-01","controller":{"name":"X"},${keys}}`;
    const value = JSON.parse(json);
    const start = performance.now();
    const result = validateManifest(value);
    const took = performance.now() - start;
    expect(took, `${took.toFixed(0)} ms`).to.be.below(500);
    if (result.ok) throw new Error('expected issues');
    expect(result.issues).to.have.length(50);
    expect(result.issues[49].path).to.equal('$.unknown_49');
    expect(result.omitted).to.equal(99_950);
    expect(formatIssues(result.issues, result.omitted).split('\n').slice(-1)[0]).to.equal('…and 99950 more');
  });

  it('returns a frozen copy of own data properties on objects without a prototype', () => {
    const original = withChange((m) => (m.cookies = { categories: [{ id: 'analytics', name: { en: 'Analytics' } }] }));
    const result = validateManifest(original);
    if (!result.ok) throw new Error('expected a valid manifest');
    const { manifest } = result;
    expect(manifest).to.not.equal(original);
    const category = manifest.cookies!.categories[0];
    expect([
      Object.getPrototypeOf(manifest),
      Object.getPrototypeOf(category),
      Object.getPrototypeOf(category.name),
    ]).to.deep.equal([null, null, null]);
    expect([
      Object.isFrozen(manifest),
      Object.isFrozen(manifest.cookies!.categories),
      Object.isFrozen(category),
    ]).to.deep.equal([true, true, true]);
    original.cookies.categories[0].necessary = true;
    expect(category.necessary, 'a later change to the original').to.equal(undefined);
    expect(validateManifest(manifest), 'a copy checked again is itself').to.deep.include({ ok: true, manifest });
  });

  it('reads no property from Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'opt', { value: true, configurable: true, writable: true });
    Object.defineProperty(Object.prototype, 'necessary', { value: true, configurable: true, writable: true });
    try {
      expect(
        issuesOf({ effectiveDate: '2026-01-01', controller: { name: 'x' } }).map((i) => i.path),
        'required stays required',
      ).to.deep.equal(['$.version']);
      const result = validateManifest(
        withChange((m) => (m.cookies = { categories: [{ id: 'analytics', name: 'Analytics' }] })),
      );
      expect(result.ok && result.manifest.cookies!.categories[0].necessary).to.equal(undefined);
    } finally {
      delete (Object.prototype as Record<string, unknown>).opt;
      delete (Object.prototype as Record<string, unknown>).necessary;
    }
  });

  it('copies the very value it checked, however often a Proxy changes its answer', () => {
    for (const firstSafe of [true, false]) {
      let reads = 0;
      const answer = () => ((reads++ % 2 === 0) === firstSafe ? 'https://example.com/privacy' : 'javascript:alert(1)');
      const manifest = new Proxy(structuredClone(minimalManifest) as Record<string, unknown>, {
        get: (target, key) => (key === 'url' ? answer() : target[key as string]),
        getOwnPropertyDescriptor: (target, key) =>
          key === 'url'
            ? { value: answer(), enumerable: true, configurable: true, writable: true }
            : Reflect.getOwnPropertyDescriptor(target, key),
        ownKeys: (target) => [...Reflect.ownKeys(target), 'url'],
      });
      const result = validateManifest(manifest);
      if (result.ok) expect(result.manifest.url).to.equal('https://example.com/privacy');
      else expect(result.issues.map((i) => i.path)).to.deep.equal(['$.url']);
    }
  });

  it('refuses a getter rather than calling it', () => {
    let called = false;
    const m = withChange(() => {});
    Object.defineProperty(m, 'version', { get: () => ((called = true), '1'), enumerable: true });
    expect(issuesOf(m)).to.deep.equal([{ path: '$.version', message: 'expected a plain value, got a getter' }]);
    expect(called).to.equal(false);
  });

  it('rejects a wrong type with the JSON path and what was expected', () => {
    const issues = issuesOf(withChange((m) => (m.controller.name = 42)));
    expect(issues).to.deep.equal([{ path: '$.controller.name', message: 'expected a string, got number' }]);
  });

  it('rejects an unknown right with the path into the rights list', () => {
    const issues = issuesOf(withChange((m) => (m.rights = { items: [{ right: 'access' }, { right: 'teleport' }] })));
    expect(issues).to.have.length(1);
    expect(issues[0].path).to.equal('$.rights.items[1].right');
    expect(issues[0].message).to.match(/^expected one of access, rectification, .*; got "teleport"$/);
  });

  for (const url of [
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '<img src=x onerror=alert(1)>',
    'privacy policy.html',
    '"onmouseover="x',
    '/privacy\\..\\admin',
    'https://example.com/`x`',
  ]) {
    it(`rejects the URL ${JSON.stringify(url)}`, () => {
      const issues = issuesOf(withChange((m) => (m.url = url)));
      expect(issues.map((i) => i.path)).to.deep.equal(['$.url']);
      expect(issues[0].message).to.contain('expected an http(s) or mailto URL');
    });
  }

  it('accepts https, mailto and relative URLs', () => {
    for (const url of ['https://example.com/privacy', 'mailto:dpo@example.com', '/privacy', 'privacy.html#rights'])
      expect(isSafeUrl(url), url).to.equal(true);
  });

  for (const duration of ['30 days', 'P', 'PT', 'P1.5D', 'P30', '30D', 'PT72']) {
    it(`rejects the malformed duration ${JSON.stringify(duration)}`, () => {
      const issues = issuesOf(withChange((m) => (m.retention = [{ data: 'Logs', period: duration }])));
      expect(issues).to.deep.equal([
        {
          path: '$.retention[0].period',
          message: `expected an ISO 8601 duration such as P30D or PT72H, got ${JSON.stringify(duration)}`,
        },
      ]);
    });
  }

  it('refuses a date the calendar does not have, and accepts a leap day', () => {
    for (const date of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00'])
      expect(
        issuesOf(withChange((m) => (m.effectiveDate = date))).map((i) => i.path),
        date,
      ).to.deep.equal(['$.effectiveDate']);
    expect(issuesOf(withChange((m) => (m.effectiveDate = '2028-02-29')))).to.deep.equal([]);
  });

  it('accepts well-formed durations', () => {
    for (const duration of ['P30D', 'PT72H', 'P1Y6M', 'P2W', 'P1DT12H'])
      expect(issuesOf(withChange((m) => (m.retention = [{ data: 'Logs', period: duration }]))), duration).to.deep.equal(
        [],
      );
  });

  it('reports every missing required property and every unknown one', () => {
    const issues = issuesOf({ version: '1', controller: {}, surprise: true });
    expect(issues.map((i) => `${i.path}: ${i.message.split(';')[0]}`)).to.have.members([
      '$.surprise: unknown property',
      '$.effectiveDate: required property is missing',
      '$.controller.name: required property is missing',
    ]);
  });

  it('rejects prototype-pollution keys without touching Object.prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
    const issues = issuesOf({ ...minimalManifest, ...hostile });
    expect(issues.map((i) => i.path)).to.include.members(['$.__proto__', '$.constructor']);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately malformed value
    expect(({} as any).polluted).to.equal(undefined);
  });

  it('rejects language maps with keys that are not language tags', () => {
    const issues = issuesOf(withChange((m) => (m.title = { en: 'Privacy', '<b>': 'x' })));
    expect(issues.map((i) => i.path)).to.deep.equal(['$.title["<b>"] (key)']);
  });

  it('accepts language maps', () => {
    expect(issuesOf(withChange((m) => (m.title = { en: 'Privacy', 'pt-BR': 'Privacidade' })))).to.deep.equal([]);
  });

  it('rejects huge strings and huge lists', () => {
    expect(issuesOf(withChange((m) => (m.summary = 'x'.repeat(10_001))))[0].path).to.equal('$.summary');
    expect(issuesOf(withChange((m) => (m.principles = Array(501).fill('x'))))[0].path).to.equal('$.principles');
  });

  it('rejects non-objects at the top without throwing', () => {
    for (const value of [null, undefined, 42, 'policy', [], true])
      expect(issuesOf(value), String(value)).to.deep.equal([
        {
          path: '$',
          message: `expected an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? '"policy"' : typeof value}`,
        },
      ]);
  });

  it('reports an object whose properties throw instead of throwing itself', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    expect(issuesOf(trap)).to.deep.equal([{ path: '$', message: 'could not be read: trap' }]);
  });

  it('refuses a consent lifetime over 13 months', () => {
    expect(issuesOf(withChange((m) => (m.consent = { lifetime: 'P14M' })))).to.deep.equal([
      { path: '$.consent.lifetime', message: 'expected at most 13 months (P13M), got P14M' },
    ]);
    expect(issuesOf(withChange((m) => (m.consent = { lifetime: 'P13M' })))).to.deep.equal([]);
  });

  // 13 calendar months last 393 to 397 days: a day count within them from every start day is at most 393;
  // 397 days, 13 months and a day, or 57 weeks (399 days) outlast them from (nearly) every day.
  it('draws the 13-month line at its edges: P13M, P1Y1M and P393D accepted; P397D, P13M1D, P1Y1M1D and P57W refused', () => {
    for (const lifetime of ['P13M', 'P1Y1M', 'P393D', 'P56W1D'])
      expect(issuesOf(withChange((m) => (m.consent = { lifetime }))), lifetime).to.deep.equal([]);
    for (const lifetime of ['P397D', 'P13M1D', 'P1Y1M1D', 'P57W'])
      expect(issuesOf(withChange((m) => (m.consent = { lifetime }))), lifetime).to.deep.equal([
        { path: '$.consent.lifetime', message: `expected at most 13 months (P13M), got ${lifetime}` },
      ]);
  });

  it('draws the 13-month line exactly from every start day: for each whole number of months, the longest day count accepted never outlasts 13 months, and one day more does on some day', () => {
    const accepted = (lifetime: string) => !issuesOf(withChange((m) => (m.consent = { lifetime }))).length;
    const outlasts = (lifetime: string) => {
      for (let day = 0; day < 1461; day++) {
        const from = new Date(2027, 0, 1 + day, 12);
        if (+addDuration(from, parseDuration(lifetime)!) > +addDuration(from, parseDuration('P13M')!)) return true;
      }
      return false;
    };
    for (let months = 0; months <= 13; months++) {
      let days = 0;
      while (accepted(`P${months}M${days + 1}D`)) days++;
      if (months === 13) expect(days, 'P13M and not a day more').to.equal(0);
      expect(outlasts(`P${months}M${days}D`), `P${months}M${days}D`).to.equal(false);
      expect(outlasts(`P${months}M${days + 1}D`), `P${months}M${days + 1}D`).to.equal(true);
      expect(accepted(`P${months}M${days}DT1S`), `P${months}M${days}DT1S`).to.equal(false);
    }
  });

  it('refuses a strictly necessary cookie without a purpose or duration', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.cookies = {
            categories: [
              { id: 'necessary', necessary: true, name: 'Necessary', items: [{ name: 'sid', party: 'first' }] },
            ],
          }),
      ),
    );
    expect(issues.map((i) => i.path)).to.have.members([
      '$.cookies.categories[0].items[0].purpose',
      '$.cookies.categories[0].items[0].duration',
    ]);
  });

  it('refuses duplicate category ids and sale in a necessary category', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.cookies = {
            categories: [
              { id: 'necessary', necessary: true, name: 'Necessary', uses: ['sale'] },
              { id: 'necessary', name: 'Again' },
            ],
          }),
      ),
    );
    expect(issues.map((i) => i.path)).to.deep.equal(['$.cookies.categories[0].uses', '$.cookies.categories[1].id']);
  });

  it('refuses Google’s advertising consent types in a strictly necessary category, and allows the others there', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.cookies = {
            categories: [
              {
                id: 'necessary',
                necessary: true,
                name: 'Necessary',
                consentMode: ['security_storage', 'ad_storage', 'functionality_storage', 'ad_personalization'],
              },
              { id: 'ads', name: 'Ads', consentMode: ['ad_storage', 'ad_user_data'] },
            ],
          }),
      ),
    );
    expect(issues.map((i) => i.path)).to.deep.equal([
      '$.cookies.categories[0].consentMode[1]',
      '$.cookies.categories[0].consentMode[3]',
    ]);
    expect(issues[0].message).to.contain('cannot grant ad_storage');
  });

  it('refuses a right that names a method the policy does not have, and a method without its address', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.rights = {
            methods: [{ id: 'mail', type: 'email' }],
            items: [{ right: 'access', methods: ['mail', 'fax'] }],
          }),
      ),
    );
    expect(issues.map((i) => i.path)).to.deep.equal(['$.rights.methods[0].email', '$.rights.items[0].methods[1]']);
  });

  it('refuses an identity check on an opt-out of sale or a limit on sensitive data (CCPA allows none), and allows one on any other right', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.rights = {
            items: [
              { right: 'know', identityVerification: 'We verify your identity.' },
              { right: 'opt-out-sale', identityVerification: 'We verify your identity.' },
              { right: 'limit-sensitive', identityVerification: 'We verify your identity.' },
            ],
          }),
      ),
    );
    expect(issues).to.deep.equal([
      {
        path: '$.rights.items[1].identityVerification',
        message: 'opt-out-sale may not require an identity check (CCPA)',
      },
      {
        path: '$.rights.items[2].identityVerification',
        message: 'limit-sensitive may not require an identity check (CCPA)',
      },
    ]);
  });

  it('refuses the cookie that keeps the choice under an optional category (a refusal would delete it), by its default or configured name', () => {
    const analytics = (name: string, kind?: string) => ({
      id: 'analytics',
      name: 'Analytics',
      items: [{ name, ...(kind && { kind }), purpose: 'P', duration: 'P1Y', party: 'first' }],
    });
    expect(
      issuesOf(withChange((m) => (m.cookies = { categories: [analytics('privacy_consent')] }))).map((i) => i.path),
    ).to.deep.equal(['$.cookies.categories[0].items[0]']);
    expect(
      issuesOf(
        withChange((m) => ((m.consent = { cookie: 'choice' }), (m.cookies = { categories: [analytics('choice')] }))),
      ).map((i) => i.path),
    ).to.deep.equal(['$.cookies.categories[0].items[0]']);
    expect(
      issuesOf(
        withChange(
          (m) => ((m.consent = { cookie: 'choice' }), (m.cookies = { categories: [analytics('privacy_consent')] })),
        ),
      ),
    ).to.deep.equal([]);
    expect(
      issuesOf(withChange((m) => (m.cookies = { categories: [analytics('privacy_consent', 'localStorage')] }))),
    ).to.deep.equal([]);
    expect(
      issuesOf(withChange((m) => (m.cookies = { categories: [{ ...analytics('privacy_consent'), necessary: true }] }))),
    ).to.deep.equal([]);
  });

  it('counts hours as elapsed time: an hour less fits than in whole days, for the clock changes of a year', () => {
    for (const lifetime of ['P393D', 'PT9431H', 'P12MT671H'])
      expect(issuesOf(withChange((m) => (m.consent = { lifetime }))), lifetime).to.deep.equal([]);
    for (const lifetime of ['PT9432H', 'P12MT672H', 'P12M27DT23H1M'])
      expect(issuesOf(withChange((m) => (m.consent = { lifetime }))).length, lifetime).to.equal(1);
  });

  it('refuses a "session" lifetime for localStorage and IndexedDB, which outlive the session, and allows it for cookies and sessionStorage', () => {
    const item = (kind: string | undefined) => ({
      name: `x-${kind}`,
      ...(kind && { kind }),
      purpose: 'P',
      duration: 'session',
      party: 'first',
    });
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.cookies = {
            categories: [
              {
                id: 'necessary',
                necessary: true,
                name: 'Necessary',
                items: [undefined, 'cookie', 'sessionStorage', 'localStorage', 'indexedDB'].map(item),
              },
            ],
          }),
      ),
    );
    expect(issues.map((i) => i.path)).to.deep.equal([
      '$.cookies.categories[0].items[3].duration',
      '$.cookies.categories[0].items[4].duration',
    ]);
    expect(issues[0].message).to.equal('localStorage outlives the browser session; give a period, or "unspecified"');
  });

  it('accepts a lastUpdated date apart from effectiveDate, and refuses one that is not a date', () => {
    expect(issuesOf(withChange((m) => (m.lastUpdated = '2026-03-15')))).to.deep.equal([]);
    expect(issuesOf(withChange((m) => (m.lastUpdated = 'March 2026'))).map((i) => i.path)).to.deep.equal([
      '$.lastUpdated',
    ]);
  });
});

describe('parseManifest', () => {
  it('reports invalid JSON at $', () => {
    const result = parseManifest('{"version": ');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0].path).to.equal('$');
    expect(!result.ok && result.issues[0].message).to.match(/^expected valid JSON/);
  });

  it('gives the line and column of a JSON syntax error', () => {
    const cases: [string, string][] = [
      ['{\n  "version": "1"\n  "effectiveDate": "2026-01-01"\n}', 'line 3, column 3'],
      ['{\r\n  "version": "1",\r\n  "controller": {"name": "X",}\r\n}', 'line 3, column 30'],
      ['{"version": tru}', 'line 1, column 13'],
      ['[1, 2,\n]', 'line 2, column 1'],
      ['{"a": "line\nbreak"}', 'line 1, column 12'],
      ['{"version": ', 'line 1, column 13'],
      ['{} {}', 'line 1, column 4'],
    ];
    for (const [json, where] of cases) {
      const result = parseManifest(json);
      expect(!result.ok && result.issues[0].message, JSON.stringify(json)).to.match(
        new RegExp(`^expected valid JSON at ${where}: `),
      );
    }
  });
});

describe('validateManifest in one pass', () => {
  it('reports the rules across fields together with the shape’s problems', () => {
    const issues = issuesOf(
      withChange((m) => {
        m.url = 'javascript:alert(1)';
        m.consent = { lifetime: 'P2Y' };
        m.cookies = {
          categories: [
            { id: 'a', name: 'A' },
            { id: 'a', name: 'Again' },
            { id: 'b', name: 7 },
          ],
        };
      }),
    );
    expect(issues.map((i) => i.path)).to.deep.equal([
      '$.url',
      '$.cookies.categories[2].name',
      '$.cookies.categories[1].id',
      '$.consent.lifetime',
    ]);
  });

  it('takes no part left out for a problem of its own as a second problem', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.rights = {
            methods: [{ id: 'mail', type: 'email', email: 'privacy@example.com' }, 'form'],
            items: [{ right: 'access', methods: ['form'] }, { right: 'fly' }],
          }),
      ),
    );
    expect(issues.map((i) => i.path)).to.deep.equal(['$.rights.items[1].right', '$.rights.methods[1]']);
  });

  it('refuses duplicate request-method ids and duplicate rights', () => {
    const issues = issuesOf(
      withChange(
        (m) =>
          (m.rights = {
            methods: [
              { id: 'mail', type: 'email', email: 'a@example.com' },
              { id: 'mail', type: 'web-form', url: 'https://example.com/form' },
            ],
            items: [
              { right: 'access' },
              { right: 'erasure', jurisdictions: ['US-CA', 'CO'] },
              { right: 'access', methods: ['mail'] },
              { right: 'erasure', jurisdictions: ['co', 'US-CA'] },
              { right: 'erasure' },
              { right: 'erasure', jurisdictions: ['EEA'] },
            ],
          }),
      ),
    );
    expect(issues).to.deep.equal([
      { path: '$.rights.methods[1].id', message: 'duplicate method id "mail"' },
      { path: '$.rights.items[2].right', message: 'duplicate right "access"' },
      { path: '$.rights.items[3].right', message: 'duplicate right "erasure" for the same jurisdictions' },
    ]);
  });

  for (const email of [
    'privacy@example.com?cc=x@evil.example',
    'privacy@example.com#x',
    'a?b@example.com',
    'privacy@example.com\r\nBcc: x@evil.example',
    'privacy@exa\nmple.com',
  ])
    it(`refuses the email address ${JSON.stringify(email)}`, () => {
      expect(issuesOf(withChange((m) => (m.controller.email = email))).map((i) => i.path)).to.deep.equal([
        '$.controller.email',
      ]);
      expect(
        issuesOf(withChange((m) => (m.rights = { items: [], methods: [{ id: 'm', type: 'email', email }] }))).map(
          (i) => i.path,
        ),
      ).to.deep.equal(['$.rights.methods[0].email']);
    });
});
