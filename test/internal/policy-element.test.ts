import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { PolicyElement } from '../../src/internal/policy-element.js';
import { PolicyController } from '../../src/controllers/policy-controller.js';
import { configure, pageConfig } from '../../src/internal/config.js';
import { clearManifestCache, loadManifest, readPageManifest } from '../../src/core/manifest/load.js';
import { minimalManifest, policySettled } from '../fixtures.js';
import { commonStrings } from '../../src/core/i18n/en/common.js';

/** The smallest concrete policy element: shows the controller's name once ready. */
class PolicyProbe extends PolicyElement {
  override render() {
    return this.policyManifest
      ? litHtml`<p>${this.text(this.policyManifest.controller.name)}</p>`
      : this.renderStatus();
  }
}
customElements.define('policy-probe', PolicyProbe);

const shown = (el: Element) => el.shadowRoot!.textContent!.trim();
const settled = (el: PolicyProbe) =>
  waitUntil(() => !el.shadowRoot!.querySelector('[role="status"]'), 'still loading', { timeout: 4000 });

describe('PolicyElement sources', () => {
  let realFetch: typeof fetch;
  beforeEach(() => {
    clearManifestCache();
    realFetch = window.fetch;
    delete pageConfig.policy;
  });
  afterEach(() => {
    window.fetch = realFetch;
    delete pageConfig.policy;
  });

  it('uses the manifest property', async () => {
    const el = await fixture<PolicyProbe>(html`<policy-probe .manifest=${minimalManifest}></policy-probe>`);
    expect(shown(el)).to.equal('Example Ltd');
  });

  it('uses an inline JSON child', async () => {
    const el = await fixture<PolicyProbe>(
      html`<policy-probe><script type="application/json">{"version":"2","effectiveDate":"2026-01-01","controller":{"name":"Inline Co"}}</script></policy-probe>`,
    );
    await el.updateComplete;
    expect(shown(el)).to.equal('Inline Co');
  });

  it('fetches the policy URL, once per URL for every element on the page', async () => {
    let calls = 0;
    window.fetch = (input, init) => (calls++, realFetch(input, init));
    const first = await fixture<PolicyProbe>(
      html`<div><policy-probe policy="/test/fixtures/minimal.json"></policy-probe><policy-probe policy="../test/fixtures/minimal.json"></policy-probe></div>`,
    );
    const [a, b] = first.querySelectorAll<PolicyProbe>('policy-probe');
    await settled(a);
    await settled(b);
    expect([shown(a), shown(b)]).to.deep.equal(['Example Ltd', 'Example Ltd']);
    expect(calls).to.equal(1);
  });

  it('falls back to the page default set by the script tag', async () => {
    configure({ policy: '/test/fixtures/minimal.json' });
    const el = await fixture<PolicyProbe>(html`<policy-probe></policy-probe>`);
    await settled(el);
    expect(shown(el)).to.equal('Example Ltd');
  });

  it('picks up a page default set after the element was connected', async () => {
    const el = await fixture<PolicyProbe>(html`<policy-probe></policy-probe>`);
    expect(el.shadowRoot!.querySelector('[role="status"]'), 'waits for a source').to.exist;
    configure({ policy: '/test/fixtures/minimal.json' });
    await waitUntil(() => shown(el) === 'Example Ltd', 'the new default was not used', { timeout: 4000 });
  });

  it('prefers the manifest property over inline JSON over the policy URL', async () => {
    const el = await fixture<PolicyProbe>(
      html`<policy-probe policy="/nowhere.json" .manifest=${{ ...minimalManifest, controller: { name: 'Property' } }}><script type="application/json">{}</script></policy-probe>`,
    );
    expect(shown(el)).to.equal('Property');
  });

  it('reads the manifest the page carries, named by #id: no request, ready in the first update, parsed once', async () => {
    let calls = 0;
    window.fetch = (input, init) => (calls++, realFetch(input, init));
    configure({ policy: '#page-policy' });
    const holder = await fixture<HTMLDivElement>(
      html`<div><policy-probe></policy-probe><policy-probe policy="#page-policy"></policy-probe><script type="application/json" id="page-policy">{"version":"3","effectiveDate":"2026-01-01","controller":{"name":"Page Co"}}</script></div>`,
    );
    const [a, b] = holder.querySelectorAll<PolicyProbe>('policy-probe');
    await a.updateComplete;
    await b.updateComplete;
    expect([shown(a), shown(b)]).to.deep.equal(['Page Co', 'Page Co']);
    expect(calls).to.equal(0);
    expect(readPageManifest('#page-policy')).to.equal(readPageManifest('#page-policy'));
  });

  it('reads the page manifest again when the page replaces its text', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div><policy-probe policy="#swap-policy"></policy-probe><script type="application/json" id="swap-policy">{"version":"1","effectiveDate":"2026-01-01","controller":{"name":"Before Co"}}</script></div>`,
    );
    const el = holder.querySelector<PolicyProbe>('policy-probe')!;
    await el.updateComplete;
    expect(shown(el)).to.equal('Before Co');
    holder.querySelector('script')!.textContent =
      '{"version":"2","effectiveDate":"2026-01-01","controller":{"name":"After Co"}}';
    el.requestUpdate();
    await waitUntil(() => shown(el) === 'After Co', 'the new text was not read');
  });

  it('switches when the policy changes and ignores a slower, older load', async () => {
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    window.fetch = async (input, init) => {
      if (String(input).includes('slow')) await gate;
      return realFetch(String(input).includes('slow') ? '/test/fixtures/minimal.json' : input, init);
    };
    const el = await fixture<PolicyProbe>(html`<policy-probe policy="/slow.json"></policy-probe>`);
    el.manifest = { ...minimalManifest, controller: { name: 'Newer' } };
    await el.updateComplete;
    release();
    await new Promise((ok) => setTimeout(ok, 50));
    expect(shown(el)).to.equal('Newer');
  });
});

describe('PolicyElement failures', () => {
  let realFetch: typeof fetch;
  let errors: unknown[][];
  let realError: typeof console.error;
  const grace = PolicyController.noSourceGraceMs;
  before(() => (PolicyController.noSourceGraceMs = 0));
  after(() => (PolicyController.noSourceGraceMs = grace));
  beforeEach(() => {
    clearManifestCache();
    realFetch = window.fetch;
    realError = console.error;
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.error = realError;
  });

  async function failureOf(template: ReturnType<typeof html>) {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = oneEvent(holder, 'privacy-error');
    const { render } = await import('lit');
    render(template, holder);
    const { detail } = await event;
    const el = holder.firstElementChild as PolicyProbe;
    await el.updateComplete;
    return { detail, el };
  }

  const cases: [string, ReturnType<typeof html>, RegExp][] = [
    ['a 404', html`<policy-probe policy="/test/fixtures/missing.json"></policy-probe>`, /HTTP 404/],
    ['an HTML page', html`<policy-probe policy="/test/fixtures/not-json.html"></policy-probe>`, /^expected valid JSON/],
    ['an empty body', html`<policy-probe policy="/test/fixtures/empty.json"></policy-probe>`, /the response was empty/],
    [
      'invalid inline JSON',
      html`<policy-probe><script type="application/json">{"version": </script></policy-probe>`,
      /^expected valid JSON/,
    ],
    ['no source at all', html`<policy-probe></policy-probe>`, /no policy manifest/],
    [
      'a #id that names nothing',
      html`<policy-probe policy="#nowhere"></policy-probe>`,
      /^#nowhere: expected the id of a <script type="application\/json"> element in the page$/,
    ],
    [
      'a #id that names another element',
      html`<policy-probe policy="#a-div"></policy-probe><div id="a-div">{}</div>`,
      /^#a-div: expected the id of a <script/,
    ],
    [
      'a #id that names a script of another type',
      html`<policy-probe policy="#a-module"></policy-probe><script type="text/plain" id="a-module">{}</script>`,
      /^#a-module: expected the id of a <script/,
    ],
    [
      'invalid JSON in the page',
      html`<policy-probe policy="#bad-json"></policy-probe><script type="application/json" id="bad-json">{"version": </script>`,
      /^expected valid JSON/,
    ],
  ];
  for (const [name, template, message] of cases) {
    it(`reports ${name} with privacy-error, one console error, and shows no policy text`, async () => {
      const { detail, el } = await failureOf(template);
      expect(detail.issues[0].path).to.equal('$');
      expect(detail.issues[0].message).to.match(message);
      expect(errors).to.have.length(1);
      expect(String(errors[0][0])).to.contain('<policy-probe> cannot use');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(commonStrings.loadError);
      expect(shown(el)).to.not.contain('Example Ltd');
      await expect(el).to.be.accessible();
    });
  }

  for (const [name, template] of [
    [
      'the manifest property',
      html`<policy-probe .manifest=${{ ...minimalManifest, effectiveDate: 'soon' }}></policy-probe>`,
    ],
    ['inline JSON', html`<policy-probe><script type="application/json">{"version":"1"}</script></policy-probe>`],
    ['a URL', html`<policy-probe policy="/test/fixtures/minimal.json?broken"></policy-probe>`],
  ] as const)
    it(`says a manifest read from ${name} but invalid has errors, not that it could not be loaded`, async () => {
      if (name === 'a URL')
        window.fetch = async () =>
          new Response(JSON.stringify({ version: 1 }), { headers: { 'content-type': 'application/json' } });
      const { el } = await failureOf(template);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(commonStrings.invalidPolicy);
      await expect(el).to.be.accessible();
    });

  it('gives an app a moment to set the manifest before calling a missing one an error', async () => {
    PolicyController.noSourceGraceMs = 200;
    try {
      const reported: Event[] = [];
      const el = await fixture<PolicyProbe>(
        html`<policy-probe @privacy-error=${(e: Event) => reported.push(e)}></policy-probe>`,
      );
      expect(el.shadowRoot!.querySelector('[role="status"]'), 'loading meanwhile').to.exist;
      await new Promise((ok) => setTimeout(ok, 50));
      el.manifest = minimalManifest;
      await el.updateComplete;
      await new Promise((ok) => setTimeout(ok, 250));
      expect(shown(el)).to.equal('Example Ltd');
      expect(reported).to.deep.equal([]);
      expect(errors).to.deep.equal([]);

      const alone = await fixture<PolicyProbe>(html`<policy-probe></policy-probe>`);
      const { detail } = await oneEvent(alone, 'privacy-error');
      expect(detail.issues[0].message).to.match(/no policy manifest/);
    } finally {
      PolicyController.noSourceGraceMs = 0;
    }
  });

  it('reports a manifest property of NaN once and settles: no endless updates (NaN is not equal to itself)', async () => {
    let errors = 0;
    const el = await fixture<PolicyProbe>(
      html`<policy-probe .manifest=${NaN} @privacy-error=${() => errors++}></policy-probe>`,
    );
    await policySettled(el);
    let updates = 0;
    const update = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof update>) => (updates++, update(...args));
    await new Promise((r) => setTimeout(r, 50));
    expect([errors, updates, el.isUpdatePending]).to.deep.equal([1, 0, false]);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('reports a schema violation with its JSON path, bubbling and composed', async () => {
    const { detail } = await failureOf(
      html`<policy-probe .manifest=${{ ...minimalManifest, effectiveDate: 'yesterday' }}></policy-probe>`,
    );
    expect(detail).to.deep.equal({
      issues: [{ path: '$.effectiveDate', message: 'expected a date as YYYY-MM-DD, got "yesterday"' }],
      omitted: 0,
      source: 'the manifest property',
    });
    expect(String(errors[0][0])).to.contain('$.effectiveDate: expected a date');
  });

  it('reports the first 50 problems of a manifest with 100,000, and how many more, in the event and the console', async () => {
    const huge: Record<string, unknown> = { ...minimalManifest };
    for (let i = 0; i < 100_000; i++) huge[`k${i}`] = i;
    const { detail } = await failureOf(html`<policy-probe .manifest=${huge}></policy-probe>`);
    expect(detail.issues).to.have.length(50);
    expect(detail.omitted).to.equal(99_950);
    const logged = String(errors[0][0]);
    expect(logged.split('\n')).to.have.length(52);
    expect(logged).to.match(/…and 99950 more$/);
  });

  it('reports a schema violation in the page manifest with its JSON path, naming the #id', async () => {
    const { detail } = await failureOf(
      html`<policy-probe policy="#dated"></policy-probe><script type="application/json" id="dated">{"version":"1","effectiveDate":"yesterday","controller":{"name":"X"}}</script>`,
    );
    expect(detail).to.deep.equal({
      issues: [{ path: '$.effectiveDate', message: 'expected a date as YYYY-MM-DD, got "yesterday"' }],
      omitted: 0,
      source: '#dated',
    });
  });

  it('reports a network error and a server error', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(
      (await failureOf(html`<policy-probe policy="/down.json"></policy-probe>`)).detail.issues[0].message,
    ).to.match(/Failed to fetch/);
    window.fetch = () => Promise.resolve(new Response('oops', { status: 500 }));
    expect(
      (await failureOf(html`<policy-probe policy="/broken.json"></policy-probe>`)).detail.issues[0].message,
    ).to.match(/HTTP 500/);
  });

  it('gives up on a manifest that never answers, instead of loading forever', async () => {
    window.fetch = (_input, init) =>
      new Promise((_ok, fail) =>
        init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))),
      );
    const result = await loadManifest('/never.json', location.href, 50);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues[0].message).to.equal(
      `could not load ${new URL('/never.json', location.href).href}: no answer within 0.05 s`,
    );
  });

  it('asks again after a failed request (an element made later), but not after an invalid manifest', async () => {
    let calls = 0;
    window.fetch = () => (
      calls++,
      calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch('/test/fixtures/minimal.json')
    );
    expect((await loadManifest('/flaky.json', location.href)).ok).to.equal(false);
    expect((await loadManifest('/flaky.json', location.href)).ok).to.equal(true);
    expect((await loadManifest('/flaky.json', location.href)).ok).to.equal(true);
    expect(calls).to.equal(2);
    window.fetch = () => (calls++, Promise.resolve(new Response('{"version": 1}')));
    expect((await loadManifest('/invalid.json', location.href)).ok).to.equal(false);
    expect((await loadManifest('/invalid.json', location.href)).ok).to.equal(false);
    expect(calls).to.equal(3);
  });

  it('reports a browser without fetch', async () => {
    (window as { fetch?: unknown }).fetch = undefined;
    const result = await loadManifest('/any.json', location.href);
    expect(!result.ok && result.issues[0].message).to.match(/no fetch\(\)/);
  });
});
