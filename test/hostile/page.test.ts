// The page around the library is hostile: other scripts polluted Object.prototype before it loaded,
// markup clobbers document and window names, a sibling planted a second consent cookie, and the
// manifest is huge. The library is imported only after all that, as a page would load it late.
import { policySettled } from '../fixtures.js';
import { expect, fixture, html } from '@open-wc/testing';

const POLLUTION: Record<string, unknown> = {
  necessary: true,
  analytics: true,
  endpoint: 'https://collector.invalid/steal',
  policy: '/nowhere.json',
  opt: true,
  domain: 'collector.invalid',
  path: '/nowhere',
  navigator: { globalPrivacyControl: false },
};
const CLOBBERS = [
  '<img name="currentScript">',
  '<img name="cookie">',
  '<form name="body"></form>',
  '<img name="getElementById">',
  '<img id="dataLayer">',
  '<img name="dispatchEvent">',
];

type Lib = typeof import('../../src/index.js');
type Banner = import('../../src/elements/privacy-banner/privacy-banner.js').PrivacyBanner;

describe('the library loaded into a hostile page', () => {
  let lib: Lib;
  let manifest: (typeof import('../elements/privacy-banner/helpers.js'))['promptManifest'];
  const uncaught: unknown[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  const clobbers = document.createElement('div');

  before(async () => {
    addEventListener('error', onError);
    for (const [key, value] of Object.entries(POLLUTION))
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
    clobbers.innerHTML = CLOBBERS.join('');
    document.body.append(clobbers);
    lib = await import('../../src/index.js');
    await import('../../src/define.js');
    ({ promptManifest: manifest } = await import('../elements/privacy-banner/helpers.js'));
    lib.signalSources.navigator = {};
    lib.signalSources.window = {};
  });
  after(() => {
    for (const key of Object.keys(POLLUTION)) delete (Object.prototype as Record<string, unknown>)[key];
    clobbers.remove();
    removeEventListener('error', onError);
  });
  // Through the prototype: `document.cookie` is the <img name="cookie"> here.
  afterEach(() => {
    for (const pair of (Reflect.get(Document.prototype, 'cookie', document) as string).split(';')) {
      const name = pair.split('=')[0].trim();
      if (name)
        Reflect.set(Document.prototype, 'cookie', `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`, document);
    }
  });

  it('grants nothing before a choice, keeps a refusal in the cookie it reads back, and sends nothing to a polluted endpoint', async () => {
    const sent: string[] = [];
    const realBeacon = navigator.sendBeacon;
    navigator.sendBeacon = (url: string | URL) => (sent.push(String(url)), true);
    try {
      const el = await fixture<Banner>(html`<privacy-banner .manifest=${manifest}></privacy-banner>`);
      await el.updateComplete;
      expect([lib.isGranted('analytics'), lib.isGranted('ads'), lib.isGranted('unknown')]).to.deep.equal([
        false,
        false,
        false,
      ]);
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Reject all')!.click();
      await el.updateComplete;
      expect(lib.getConsent()?.choices).to.deep.equal({ necessary: true, analytics: false, ads: false });
      expect(el.shadowRoot!.querySelector('[part~="note"]'), 'the cookie was kept: no "blocks cookies" note').to.equal(
        null,
      );
      expect(Reflect.get(Document.prototype, 'cookie', document)).to.match(/privacy_consent=c1\./);
      expect(
        Array.isArray((window as { dataLayer?: unknown }).dataLayer),
        'a real dataLayer beside <img id="dataLayer">',
      ).to.equal(true);
      expect(sent).to.deep.equal([]);
      const again = await fixture<Banner>(html`<privacy-banner .manifest=${manifest}></privacy-banner>`);
      await again.updateComplete;
      expect(again.consent?.method, 'the refusal reads back').to.equal('reject');
    } finally {
      navigator.sendBeacon = realBeacon;
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('asks again, granting nothing, when two consent cookies of the name are sent', async () => {
    const { ConsentController } = await import('../../src/controllers/consent-controller.js');
    const { encodeRecord, createRecord } = await import('../../src/core/consent/record.js');
    const valid = lib.validateManifest(manifest);
    if (!valid.ok) throw new Error('fixture');
    const grant = encodeRecord(
      createRecord(valid.manifest, { necessary: true, analytics: true, ads: true }, 'accept', 'en', {
        gpc: undefined,
        dnt: undefined,
      }),
      valid.manifest,
    );
    const real = ConsentController.jar;
    ConsentController.jar = { ...real, all: () => [grant, grant], get: () => grant };
    try {
      const el = await fixture<Banner>(html`<privacy-banner .manifest=${manifest}></privacy-banner>`);
      await el.updateComplete;
      expect(el.consent).to.equal(undefined);
      expect(lib.isGranted('analytics')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part~="panel"]'), 'asked again').to.exist;
    } finally {
      ConsentController.jar = real;
    }
  });

  it('reports an oversized manifest in a capped list, quickly, without an uncaught error', async () => {
    const huge: Record<string, unknown> = { ...manifest };
    for (let i = 0; i < 100_000; i++) huge[`k${i}`] = i;
    const errors: CustomEvent[] = [];
    const realError = console.error;
    console.error = () => {};
    try {
      const holder = await fixture<HTMLElement>(
        html`<div @privacy-error=${(e: CustomEvent) => errors.push(e)}><privacy-banner .manifest=${huge}></privacy-banner></div>`,
      );
      await policySettled(holder.firstElementChild!);
    } finally {
      console.error = realError;
    }
    expect(errors).to.have.length(1);
    expect(errors[0].detail.issues).to.have.length(50);
    expect(errors[0].detail.omitted).to.equal(100_000 - 50);
    expect(uncaught).to.deep.equal([]);
  });
});
