import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { gateScripts, releaseScripts } from '../../../src/core/consent/gating.js';

declare global {
  interface Window {
    gatedRuns?: Record<string, number>;
  }
}

const runs = (name: string) => window.gatedRuns?.[name] ?? 0;
const inline = (name: string, category: string) => {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.privacyCategory = category;
  script.text = `window.gatedRuns = window.gatedRuns || {}; window.gatedRuns[${JSON.stringify(name)}] = (window.gatedRuns[${JSON.stringify(name)}] || 0) + 1;`;
  return script;
};
const EXTERNAL = '/test/elements/privacy-banner/fixtures/count-run.js';

describe('script gating', () => {
  beforeEach(() => (window.gatedRuns = {}));

  it('runs an inline gated script only once its category is granted, and only once', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(inline('a', 'analytics'));
    releaseScripts(root, () => false);
    expect(runs('a')).to.equal(0);
    releaseScripts(root, (c) => c === 'analytics');
    releaseScripts(root, () => true);
    expect(runs('a')).to.equal(1);
    expect(root.querySelector('script[type="text/plain"]')).to.equal(null);
  });

  it('never runs a released original again, even when it is put back', async () => {
    const root = await fixture(html`<div></div>`);
    const original = inline('back', 'analytics');
    root.append(original);
    releaseScripts(root, () => true);
    root.append(original);
    releaseScripts(root, () => true);
    expect(runs('back')).to.equal(1);
  });

  it('runs a data-src script once, loading it from data-src, keeping its other attributes', async () => {
    const root = await fixture(
      html`<div><script type="text/plain" data-privacy-category="analytics" data-src=${EXTERNAL} id="ext" crossorigin="anonymous"></script></div>`,
    );
    releaseScripts(root, () => true);
    releaseScripts(root, () => true);
    await waitUntil(() => runs('external') === 1, 'the external script did not run');
    await aTimeout(50);
    expect(runs('external')).to.equal(1);
    const released = root.querySelector<HTMLScriptElement>('#ext')!;
    expect(released.getAttribute('src')).to.equal(EXTERNAL);
    expect(released.hasAttribute('type')).to.equal(false);
    expect(released.hasAttribute('data-src')).to.equal(false);
    expect(released.hasAttribute('data-privacy-category')).to.equal(false);
    expect(released.crossOrigin).to.equal('anonymous');
    expect(released.async).to.equal(false);
  });

  it('keeps a tracker’s own data-* settings on the released copy, and drops only its own', async () => {
    const root = await fixture(
      html`<div><script type="text/plain" data-privacy-category="analytics" data-src=${EXTERNAL} id="plausible" data-domain="example.com" data-api="/stats"></script></div>`,
    );
    releaseScripts(root, () => true);
    const released = root.querySelector<HTMLScriptElement>('#plausible')!;
    expect({ ...released.dataset }).to.deep.equal({ domain: 'example.com', api: '/stats' });
    await waitUntil(() => runs('external') === 1, 'the external script did not run');
  });

  it('runs an inline script after the external ones before it, as the page wrote them, even when one fails', async () => {
    (window as { gatedOrder?: string[] }).gatedOrder = [];
    const root = await fixture(html`<div>
      <script type="text/plain" data-privacy-category="analytics" data-src="/test/elements/privacy-banner/fixtures/define-lib.js"></script>
      <script type="text/plain" data-privacy-category="analytics">window.gatedOrder.push('init');</script>
      <script type="text/plain" data-privacy-category="analytics" data-src="/nowhere/missing.js"></script>
      <script type="text/plain" data-privacy-category="analytics">window.gatedOrder.push('after-missing');</script>
    </div>`);
    releaseScripts(root, () => true);
    const order = () => (window as { gatedOrder?: string[] }).gatedOrder!;
    await waitUntil(() => order().length === 3, 'not every script ran');
    expect(order()).to.deep.equal(['lib', 'init', 'after-missing']);
  });

  it('carries the nonce over', async () => {
    const root = await fixture(html`<div></div>`);
    const script = inline('n', 'analytics');
    script.nonce = 'r4nd0m';
    script.id = 'with-nonce';
    root.append(script);
    releaseScripts(root, () => true);
    expect(root.querySelector<HTMLScriptElement>('#with-nonce')!.nonce).to.equal('r4nd0m');
  });

  it('needs every category a script names', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(inline('both', 'analytics  ads'));
    releaseScripts(root, (c) => c === 'analytics');
    expect(runs('both')).to.equal(0);
    releaseScripts(root, (c) => c === 'analytics' || c === 'ads');
    expect(runs('both')).to.equal(1);
  });

  it('leaves a script with an empty category gated', async () => {
    const root = await fixture(html`<div></div>`);
    root.append(inline('empty', ''));
    releaseScripts(root, (c) => c !== '');
    expect(runs('empty')).to.equal(0);
  });

  it('watches for gated scripts added later, until stopped', async () => {
    const stop = gateScripts(document, (c) => c === 'later');
    const root = await fixture(html`<div></div>`);
    root.append(inline('late', 'later'));
    await waitUntil(() => runs('late') === 1, 'the added script did not run');
    stop();
    root.append(inline('after-stop', 'later'));
    await aTimeout(20);
    expect(runs('after-stop')).to.equal(0);
  });

  it('finds gated scripts inside a subtree added later, and the added script itself', async () => {
    const stop = gateScripts(document, (c) => c === 'later');
    const root = await fixture(html`<div></div>`);
    const view = document.createElement('section');
    view.innerHTML = '<div><p>rendered by an app</p></div>';
    view.firstElementChild!.append(inline('nested', 'later'), inline('nested-denied', 'other'));
    root.append(view, inline('direct', 'later'));
    await waitUntil(() => runs('nested') === 1 && runs('direct') === 1, 'a script in the added subtree did not run');
    expect(runs('nested-denied')).to.equal(0);
    expect(view.querySelectorAll('script[type="text/plain"]').length, 'the denied one stays held back').to.equal(1);
    // Added and removed again before the observer ran: nothing of it runs.
    const gone = inline('gone', 'later');
    root.append(gone);
    gone.remove();
    await aTimeout(20);
    expect(runs('gone')).to.equal(0);
    stop();
  });

  it('runs inline and external scripts under Trusted Types and a nonce-based CSP, without a default policy', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; script-src 'nonce-abc' 'self'">
      <script nonce="abc">window.violations = []; document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));</script>
      <script type="text/plain" nonce="abc" data-privacy-category="analytics">window.gatedRuns = { inline: 1 };</script>
      <script type="text/plain" data-privacy-category="analytics" data-src="${EXTERNAL}"></script>
      <script type="text/plain" data-privacy-category="analytics">window.noNonce = true;</script>`;
    const loaded = new Promise((ok) => (frame.onload = ok));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { violations: string[]; noNonce?: boolean };
    releaseScripts(win.document, () => true);
    await waitUntil(() => win.gatedRuns?.external === 1, 'the external script did not run');
    expect(win.gatedRuns!.inline).to.equal(1);
    expect(win.noNonce, 'an inline script without the nonce must stay blocked by CSP').to.equal(undefined);
    expect(win.violations).to.deep.equal(['script-src-elem']);
    frame.remove();
  });
});
