import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/privacy-summary/define.js';
import { ROWS_PER_FRAME, type PrivacySummary } from '../../../src/elements/privacy-summary/privacy-summary.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { SEEDS, captureConsoleError, loadSeed, minimalManifest, policySettled } from '../../fixtures.js';

const text = (el: PrivacySummary) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const toggles = (el: PrivacySummary) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=toggle]')];
const render = (manifest: unknown, attrs: { open?: string; sections?: string; lang?: string; layout?: string } = {}) =>
  fixture<PrivacySummary>(
    html`<privacy-summary .manifest=${manifest} open=${attrs.open ?? ''} sections=${attrs.sections ?? ''} lang=${attrs.lang ?? ''} layout=${attrs.layout ?? 'full'}></privacy-summary>`,
  );

const sample: Manifest = {
  ...minimalManifest,
  url: 'https://example.com/privacy',
  data: [
    { group: 'Account', type: 'Email address', purpose: 'Sign-in', storage: 'Encrypted', legalBasis: ['contract'] },
    { group: 'Usage', type: 'Page views', purpose: 'Statistics', legalBasis: ['legitimate-interests'] },
  ],
  purposes: [{ name: 'Run the service' }],
  sale: { sells: false, shares: false },
  retention: [
    { data: 'Logs', period: 'P30D' },
    { data: 'Account', after: 'account closure', period: 'P12M' },
  ],
  breach: { window: 'PT72H' },
  rights: {
    deadline: 'P30D',
    methods: [{ id: 'mail', type: 'email', email: 'dpo@example.com', subject: 'Data Protection Request' }],
    items: [{ right: 'erasure' }, { right: 'objection' }],
  },
};

describe('<privacy-summary>', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('shows who is responsible, the dates and the at-a-glance label in the first layer', async () => {
    const el = await render(sample);
    const header = el.shadowRoot!.querySelector('[part~=header]')!.textContent!.replace(/\s+/g, ' ');
    expect(header).to.contain('Example Ltd').and.contain('privacy@example.com');
    expect(header).to.contain('version 1');
    expect(header).to.match(/January 1, 2026|1 January 2026/);
    const label = el.shadowRoot!.querySelector('[part~=label]')!.textContent!.replace(/\s+/g, ' ');
    expect(label)
      .to.contain('Account, Usage')
      .and.contain('Run the service')
      .and.contain('Never sold or shared')
      .and.contain('Logs: 30 days; Account: 12 months after account closure');
    expect(el.shadowRoot!.querySelector('a[href="https://example.com/privacy"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('renders durations and legal bases for people', async () => {
    const el = await render(sample, { open: 'all' });
    expect(text(el))
      .to.contain('12 months after account closure')
      .and.contain('within 72 hours')
      .and.contain('We answer within 30 days');
    expect(text(el)).to.contain('Needed for our contract with you').and.contain('Our legitimate interests');
    const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:dpo@"]')!;
    expect(mail.href).to.equal('mailto:dpo@example.com?subject=Data%20Protection%20Request');
  });

  it('renders under a language tag Intl refuses (a page’s lang="en_US" or "x"), never stuck on loading', async () => {
    for (const lang of ['en_US', 'x']) {
      const el = await render(
        {
          ...sample,
          cookies: {
            categories: [
              {
                id: 'n',
                necessary: true,
                name: 'N',
                items: [{ name: 'sid', purpose: 'Session', duration: 'P1D', party: 'first' }],
              },
            ],
          },
        },
        { lang, open: 'all' },
      );
      expect(el.shadowRoot!.querySelector('[part~=status]'), lang).to.equal(null);
      expect(text(el), lang).to.contain('January 1, 2026').and.contain('1 day');
    }
  });

  it('the first layer’s “How long” keeps what the retention table says, each with what it applies to: indefinitely, after an event, until one, or only a description', async () => {
    const el = await render({
      ...sample,
      retention: [
        { data: 'Logs', period: 'P30D' },
        { data: 'Stats', indefinite: true },
        { data: 'Account', after: 'you close your account' },
        { data: 'Audit records', description: 'As configured in your plan' },
      ],
    });
    const label = el.shadowRoot!.querySelector('[part~=label]')!.textContent!.replace(/\s+/g, ' ');
    expect(label).to.contain(
      'Logs: 30 days; Stats: Indefinitely; Account: Until you close your account; Audit records: As configured in your plan',
    );
  });

  it('states every fact of who we are, purposes’ legal bases, sale, recipients’ uses, extensions and GPC places', async () => {
    const full: Manifest = {
      ...sample,
      controller: {
        name: 'Example Ltd',
        email: 'privacy@example.com',
        legalForm: 'a private limited company',
        country: 'Ireland',
        address: '1 Main Street, Dublin',
        url: 'https://example.com',
        dpo: { name: 'Dana Officer', email: 'dpo@example.com', address: '2 Side Street, Dublin' },
      },
      purposes: [{ name: 'Billing', legalBasis: ['contract', 'legal-obligation'] }],
      sale: { sells: false, shares: true, statement: 'Our ad partner receives pseudonymous identifiers.' },
      recipients: [{ name: 'AdCo', purpose: 'Advertising', uses: ['sharing', 'targeted-advertising'] }],
      signals: { gpc: { honoured: true, jurisdictions: ['US-CA', 'US-CO'] } },
      rights: {
        deadline: 'P1M',
        extension: 'P2M',
        methods: [
          { id: 'api', type: 'endpoint', url: '/api/privacy-requests' },
          { id: 'mail', type: 'email', email: 'dpo@example.com' },
        ],
        items: [{ right: 'access' }, { right: 'complaint' }],
      },
    };
    const el = await render(full, { open: 'all' });
    const all = text(el);
    expect(all)
      .to.contain('Example Ltd, a private limited company (Ireland)')
      .and.contain('1 Main Street, Dublin')
      .and.contain('Data protection officer: Dana Officer')
      .and.contain('2 Side Street, Dublin');
    expect(el.shadowRoot!.querySelector('a[href="https://example.com"]')).to.exist;
    expect(all).to.contain('Billing (Needed for our contract with you, Required by law)');
    expect(all).to.contain(
      'We share personal information for cross-context behavioural advertising. Our ad partner receives pseudonymous identifiers.',
    );
    expect(all).to.contain('Used for sharing for cross-context behavioural advertising, targeted advertising');
    expect(all).to.contain('Honoured (US-CA, US-CO)');
    expect(all).to.contain('This can be extended by 2 months.');
    // The sale statement is not filed under “What we never do”, which is left out when the policy has no commitments.
    expect(toggles(el).map((b) => b.textContent!.trim())).not.to.contain('What we never do');
    // The endpoint is named, never linked (it takes a POST); a complaint goes to an authority, without our deadline.
    expect(el.shadowRoot!.querySelector('a[href="/api/privacy-requests"]')).to.equal(null);
    expect(all).to.contain('The request form on this site');
    const complaint = [...el.shadowRoot!.querySelectorAll('tr')]
      .find((r) => r.textContent!.includes('Right to lodge a complaint'))!
      .textContent!.replace(/\s+/g, ' ');
    expect(complaint)
      .to.contain('where you live, where you work')
      .and.not.contain('We answer within')
      .and.not.contain('dpo@example.com');
    await expect(el).to.be.accessible();
  });

  it('encodes every mailto address, shows a way for a right that names none, and no places when GPC is not honoured', async () => {
    const el = await render(
      {
        ...sample,
        controller: { name: 'Example Ltd', email: 'p&bcc=x%40evil.example@example.com' },
        signals: { gpc: { honoured: false, jurisdictions: ['US-CA'] } },
        rights: { items: [{ right: 'objection', methods: [] }] },
      },
      { open: 'all' },
    );
    const hrefs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].map((a) =>
      a.getAttribute('href'),
    );
    expect(hrefs.length).to.be.greaterThan(1);
    for (const href of hrefs) expect(new URL(href!).searchParams.has('bcc'), href!).to.equal(false);
    const objection = [...el.shadowRoot!.querySelectorAll('tr')].find((r) =>
      r.textContent!.includes('Right to object'),
    )!;
    const link = objection.querySelector<HTMLAnchorElement>('a[href^="mailto:"]');
    expect(link, 'the controller address stands in for a right that names no method').to.exist;
    expect(new URL(link!.href).searchParams.has('bcc')).to.equal(false);
    expect(text(el)).to.contain('Not honoured.').and.not.contain('Not honoured (US-CA)');
  });

  it('states what the tables used to drop: last update, subject lines, optional and sensitive data, DPAs, transferred data, storage kinds, per-right identity checks', async () => {
    const el = await render(
      {
        ...sample,
        lastUpdated: '2026-03-15',
        data: [
          { group: 'Account', type: 'Display name', optional: true, source: 'provided', note: 'Shown to your team' },
          { group: 'Health', type: 'Allergies', sensitive: true },
        ],
        recipients: [{ name: 'Hosting Co', purpose: 'Hosting', dpa: true }],
        storage: { statement: 'Stored in EU data centres.' },
        transfers: {
          items: [{ to: 'United States', safeguard: 'Standard Contractual Clauses', data: ['Support tickets'] }],
        },
        cookies: {
          categories: [
            {
              id: 'n',
              necessary: true,
              name: 'Needed',
              items: [
                {
                  name: 'jwt',
                  kind: 'localStorage',
                  purpose: 'Sign-in',
                  duration: 'unspecified',
                  party: 'first',
                  where: 'in the app',
                },
              ],
            },
          ],
        },
        rights: {
          ...sample.rights!,
          items: [
            { right: 'know', jurisdictions: ['US-CA'], identityVerification: 'We verify your identity first.' },
            { right: 'erasure' },
          ],
        },
      },
      { open: 'all' },
    );
    const all = text(el);
    const header = () => el.shadowRoot!.querySelector('[part~=header]')!.textContent!.replace(/\s+/g, ' ');
    expect(header()).to.contain('In effect since January 1, 2026, version 1. Last updated March 15, 2026');
    expect(all).to.contain('dpo@example.com (subject line: “Data Protection Request”)');
    expect(all)
      .to.contain('Display name (optional, given by you)')
      .and.contain('Shown to your team')
      .and.contain('Allergies (sensitive)');
    expect(all).to.contain('Bound by a data processing agreement');
    expect(all).to.contain('United States: Standard Contractual Clauses (Support tickets)');
    expect(all).to.contain('jwt (local storage)').and.contain('Sign-in (in the app)');
    // Storage is its own section now, not part of the transfers.
    const storage = el.shadowRoot!.querySelector('#privacy-storage')!;
    expect(storage.textContent).to.contain('Where it is stored').and.contain('Stored in EU data centres.');
    expect(el.shadowRoot!.querySelector('#privacy-transfers')!.textContent).not.to.contain('EU data centres');
    const rows = [...el.shadowRoot!.querySelectorAll('#privacy-rights tbody tr')].map((r) =>
      r.textContent!.replace(/\s+/g, ' '),
    );
    expect(rows[0]).to.contain('We verify your identity first.');
    expect(rows[1]).not.to.contain('We verify your identity first.');
    await expect(el).to.be.accessible();
    // A policy that gives only a "Last updated" date says that, not "in effect since".
    el.manifest = { ...sample, lastUpdated: sample.effectiveDate };
    await el.updateComplete;
    expect(header()).to.contain('Last updated January 1, 2026, version 1').and.not.contain('In effect since');
  });

  it('drops a column that is empty in every row: no “Legal basis” column when no data names one', async () => {
    const el = await render(
      { ...sample, data: [{ group: 'Account', type: 'Email address', purpose: 'Sign-in' }] },
      { open: 'collected' },
    );
    const heads = [...el.shadowRoot!.querySelectorAll('#privacy-collected th[scope=col]')].map((h) =>
      h.textContent!.trim(),
    );
    expect(heads).to.deep.equal(['Data', 'Purpose']);
    expect(el.shadowRoot!.querySelector('#privacy-collected tbody tr')!.children).to.have.length(2);
  });

  it('lists the cookie that keeps the visitor’s choice when the policy has a cookies section but does not list it, and only once when it does', async () => {
    const necessary = {
      id: 'n',
      necessary: true,
      name: 'Needed',
      items: [{ name: 'sid', purpose: 'Session', duration: 'session', party: 'first' as const }],
    };
    const el = await render(
      { ...sample, consent: { lifetime: 'P6M' }, cookies: { categories: [necessary] } },
      { open: 'cookies' },
    );
    const names = () =>
      [...el.shadowRoot!.querySelectorAll('#privacy-cookies tbody th')].map((h) => h.textContent!.trim());
    expect(names()).to.deep.equal(['privacy_consent', 'sid']);
    expect(text(el)).to.contain('Remembers your privacy choices').and.contain('6 months');
    el.manifest = {
      ...sample,
      consent: { cookie: 'choice' },
      cookies: {
        categories: [
          {
            ...necessary,
            items: [...necessary.items, { name: 'choice', purpose: 'Our own words', duration: 'P1Y', party: 'first' }],
          },
        ],
      },
    };
    await el.updateComplete;
    expect(names()).to.deep.equal(['sid', 'choice']);
    el.manifest = { ...sample, cookies: { categories: [{ id: 'stats', name: 'Statistics', items: [] }] } };
    await el.updateComplete;
    expect(text(el)).to.contain('Strictly necessary');
    expect(names()).to.deep.equal(['privacy_consent']);
    el.manifest = sample; // no cookies section: the page may not run the banner, so nothing is claimed
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#privacy-cookies')).to.equal(null);
  });

  it('leaves out sections with no data', async () => {
    const el = await render(minimalManifest);
    expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal(['Who we are']);
  });

  it('expands a section with a real button, aria-expanded and aria-controls, by keyboard', async () => {
    const el = await render(sample);
    const button = toggles(el).find((b) => b.textContent!.includes('How long we keep it'))!;
    const panel = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('gives each section a stable anchor and opens the one in the URL hash', async () => {
    history.replaceState(null, '', '#privacy-retention');
    const el = await render(sample);
    await el.updateComplete;
    const section = el.shadowRoot!.getElementById('privacy-retention')!;
    expect(section.querySelector('[part~=toggle]')!.getAttribute('aria-expanded')).to.equal('true');
    location.hash = '#privacy-rights';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#privacy-rights [part~=toggle]')!.getAttribute('aria-expanded')).to.equal(
      'true',
    );
    expect(el.shadowRoot!.getElementById('privacy-not-collected')).to.equal(null);
  });

  it('shows only the sections asked for, in that order', async () => {
    const el = await render(sample, { sections: 'rights, retention collected' });
    expect(toggles(el).map((b) => b.textContent!.trim())).to.deep.equal([
      'Your rights',
      'How long we keep it',
      'Data we collect',
    ]);
  });

  it('fits the page outline: heading-level sets the title level and sections sit one below', async () => {
    const el = await fixture<PrivacySummary>(
      html`<privacy-summary .manifest=${sample} heading-level="3"></privacy-summary>`,
    );
    const levels = [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(levels[0]).to.equal('3');
    expect(new Set(levels.slice(1))).to.deep.equal(new Set(['4']));
  });

  it('uses real table headers', async () => {
    const el = await render(sample, { open: 'collected' });
    const table = el.shadowRoot!.querySelector('#privacy-collected table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal([
      'col',
      'col',
      'col',
      'col',
    ]);
    expect(table.querySelector('caption')!.textContent).to.equal('Account');
    expect(table.querySelector('tbody th[scope=row]')!.textContent).to.equal('Email address');
  });

  it('shows markup from the manifest as text and renders no unsafe link', async () => {
    const hostile = {
      ...sample,
      controller: { name: '<img src=x onerror="window.__pwned=1">' },
      data: [{ group: '<b>G</b>', type: '<script>window.__pwned=1</script>' }],
    };
    const el = await render(hostile, { open: 'all' });
    expect(text(el))
      .to.contain('<img src=x onerror="window.__pwned=1">')
      .and.contain('<script>window.__pwned=1</script>');
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('fails closed on a javascript: URL: privacy-error with the path, and no policy text', async () => {
    const el = document.createElement('privacy-summary');
    el.manifest = { ...sample, url: 'javascript:alert(1)' };
    const event = oneEvent(el, 'privacy-error');
    const logged = captureConsoleError();
    document.body.append(el);
    await event;
    expect(logged.join('\n')).to.include('$.url: expected an http(s) or mailto URL');
    const { detail } = await event;
    expect(detail.issues.map((i) => i.path)).to.deep.equal(['$.url']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(text(el)).to.not.contain('Example Ltd');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('picks the visitor’s language from a text map', async () => {
    const el = await render(
      { ...sample, title: { en: 'Privacy', de: 'Datenschutz' }, purposes: [{ name: { en: 'Run it', de: 'Betrieb' } }] },
      { lang: 'de' },
    );
    expect(text(el)).to.contain('Datenschutz').and.contain('Betrieb').and.not.contain('Run it');
  });

  it('compact layout reflects and still shows every section toggle', async () => {
    const el = await render(sample, { layout: 'compact' });
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(toggles(el).length).to.be.greaterThan(3);
    await expect(el).to.be.accessible();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe collapsed and expanded in ${scheme} mode`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const el = await render(await loadSeed('naxora'));
      await expect(el).to.be.accessible();
      el.open = 'all';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  for (const name of SEEDS) {
    it(`renders every collected data type, recipient, retention entry and cookie of ${name}`, async () => {
      const m = await loadSeed(name);
      const el = await render(m, { open: 'all' });
      const shown = text(el);
      const t = (v: unknown) => (typeof v === 'string' ? v : (v as Record<string, string>).en);
      const facts = [
        ...(m.data ?? []).map((d) => t(d.type)),
        ...(m.recipients ?? []).map((r) => t(r.name)),
        ...(m.retention ?? []).map((r) => t(r.data)),
        ...(m.cookies?.categories ?? []).flatMap((c) => (c.items ?? []).map((i) => i.name)),
        ...(m.notCollected ?? []).map((d) => t(d.type)),
      ];
      expect(facts.length).to.be.greaterThan(3);
      for (const fact of facts) expect(shown, fact).to.contain(fact);
    });
  }

  describe('a long cookie list', () => {
    // Three categories of 300 cookies: 900 rows, more than one slice.
    const long: Manifest = {
      ...minimalManifest,
      cookies: {
        categories: [0, 1, 2].map((i) => ({
          id: `category-${i}`,
          necessary: i === 0,
          name: `Category ${i}`,
          items: Array.from({ length: 300 }, (_, j) => ({
            name: `cookie_${i}_${j}`,
            purpose: `Purpose ${j}`,
            duration: 'P1Y',
            party: 'first' as const,
          })),
        })),
      },
    };
    const rows = (el: PrivacySummary) => el.shadowRoot!.querySelectorAll('#privacy-cookies-panel tbody tr').length;
    const names = (el: PrivacySummary) =>
      [...el.shadowRoot!.querySelectorAll('#privacy-cookies-panel tbody th')].map((th) => th.textContent!.trim());
    // 900 items and the banner's own cookie, listed under the first necessary category.
    const ALL = 901;

    it('is drawn a slice of rows per frame when the section opens, in order, and again from the first slice when reopened', async () => {
      const el = await render(long);
      await policySettled(el); // 900 rows may take more than one task to check
      expect(rows(el)).to.equal(0);
      const cookies = toggles(el).find((b) => b.textContent!.includes('Cookies'))!;
      cookies.click();
      await el.updateComplete;
      expect(rows(el), 'the first slice').to.equal(ROWS_PER_FRAME);
      await waitUntil(() => rows(el) === ALL, 'every row, a few frames later', { timeout: 5000 });
      const drawn = names(el);
      expect(drawn.indexOf('cookie_0_0')).to.be.below(drawn.indexOf('cookie_1_0'));
      expect(drawn.at(-1)).to.equal('cookie_2_299');
      cookies.click();
      await el.updateComplete;
      expect(rows(el)).to.equal(0);
      cookies.click();
      await el.updateComplete;
      expect(rows(el), 'reopened: the first slice again').to.equal(ROWS_PER_FRAME);
      await waitUntil(() => rows(el) === ALL, 'every row again', { timeout: 5000 });
    });

    it('stops drawing while taken out of the page, and draws every row once put back', async () => {
      const el = await render(long);
      await policySettled(el); // 900 rows may take more than one task to check
      toggles(el)
        .find((b) => b.textContent!.includes('Cookies'))!
        .click();
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      await new Promise((ok) => setTimeout(ok, 200));
      expect(rows(el), 'no more rows while out of the page').to.be.below(ALL);
      parent.append(el);
      await waitUntil(() => rows(el) === ALL, 'every row once back', { timeout: 5000 });
    });

    it('is printed in full with every section, closed ones too, and closed again after printing', async () => {
      const el = await render(long);
      await policySettled(el); // 900 rows may take more than one task to check
      expect(rows(el)).to.equal(0);
      await emulateMedia({ media: 'print' });
      try {
        dispatchEvent(new Event('beforeprint'));
        await el.updateComplete;
        expect(rows(el), 'every row at once, though the section is closed').to.equal(ALL);
        for (const panel of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=panel]'))
          expect(getComputedStyle(panel).display, panel.id).to.not.equal('none');
        await expect(el).to.be.accessible();
      } finally {
        dispatchEvent(new Event('afterprint'));
        await emulateMedia({ media: 'screen' });
      }
      await el.updateComplete;
      expect(rows(el)).to.equal(0);
      expect(getComputedStyle(el.shadowRoot!.querySelector<HTMLElement>('#privacy-cookies-panel')!).display).to.equal(
        'none',
      );
    });
  });
});
