import { expect } from '@open-wc/testing';
import { getConsent, isGranted } from '../../../src/index.js';
import { buttonOf, dialogOf, gatedInline, mount, promptManifest, resetPage, runs, switchOf } from './helpers.js';

/** Runs `body` with `Object.prototype[key]` set as another script on the page could set it, and always removes it. */
async function polluted(values: Record<string, unknown>, body: () => Promise<void>) {
  for (const [key, value] of Object.entries(values))
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
  try {
    await body();
  } finally {
    for (const key of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[key];
  }
}

describe('<privacy-banner> with a polluted Object.prototype', () => {
  afterEach(resetPage);

  it('grants nothing optional and runs no gated script when Object.prototype.necessary is true', async () => {
    gatedInline('analytics', 'analytics');
    await polluted({ necessary: true }, async () => {
      const el = await mount();
      expect(el.isGranted('analytics')).to.equal(false);
      expect(isGranted('analytics')).to.equal(false);
      expect(runs('analytics')).to.equal(0);
      buttonOf(el, 'Customize').click();
      await el.updateComplete;
      expect(switchOf(el, 'analytics').checked, 'no pre-ticked switch').to.equal(false);
      expect(switchOf(el, 'analytics').disabled).to.equal(false);
      dialogOf(el).close();
    });
  });

  it('does not count a category as chosen because Object.prototype names it', async () => {
    await polluted({ analytics: true, ads: true }, async () => {
      const el = await mount();
      expect([el.isGranted('analytics'), isGranted('analytics'), isGranted('ads')]).to.deep.equal([
        false,
        false,
        false,
      ]);
      buttonOf(el, 'Customize').click();
      await el.updateComplete;
      expect(switchOf(el, 'analytics').checked).to.equal(false);
      buttonOf(el, 'Save choices').click();
      await el.updateComplete;
      expect(getConsent()?.choices).to.deep.equal({ necessary: true, analytics: false, ads: false });
      expect(isGranted('analytics')).to.equal(false);
    });
  });

  it('sends the record to no endpoint that Object.prototype.endpoint names', async () => {
    const sent: string[] = [];
    const realFetch = window.fetch;
    const realBeacon = navigator.sendBeacon;
    window.fetch = (async (url: RequestInfo | URL) => (sent.push(String(url)), new Response(''))) as typeof fetch;
    navigator.sendBeacon = (url: string | URL) => (sent.push(String(url)), true);
    try {
      await polluted({ endpoint: 'https://collector.invalid/steal' }, async () => {
        const el = await mount({ ...promptManifest, consent: { lifetime: 'P6M' } });
        buttonOf(el, 'Reject all').click();
        await el.updateComplete;
      });
    } finally {
      window.fetch = realFetch;
      navigator.sendBeacon = realBeacon;
    }
    expect(sent).to.deep.equal([]);
  });

  it('keeps deciding by the manifest as validated when the page changes the object afterwards', async () => {
    gatedInline('analytics', 'analytics');
    const manifest = structuredClone(promptManifest) as { cookies: { categories: { necessary?: boolean }[] } };
    const el = await mount(manifest);
    manifest.cookies.categories[1].necessary = true;
    buttonOf(el, 'Reject all').click();
    await el.updateComplete;
    expect(el.isGranted('analytics')).to.equal(false);
    expect(getConsent()?.choices.analytics).to.equal(false);
    expect(runs('analytics')).to.equal(0);
  });
});
