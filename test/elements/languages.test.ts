import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import { LOCALES } from '../../src/core/i18n/available.js';
import { signalSources } from '../../src/controllers/signals-controller.js';
import type { PrivacyBanner } from '../../src/elements/privacy-banner/privacy-banner.js';
import { clearCookies, consentManifest } from '../core/consent/helpers.js';

describe('every built-in language', function () {
  // The first language also pays for loading axe and every element's code.
  this.timeout(30_000);
  let naxora: unknown;
  before(
    async () => (naxora = await (await fetch(new URL('../../demo/policies/naxora.json', import.meta.url))).json()),
  );
  beforeEach(() => {
    clearCookies();
    signalSources.navigator = {};
    signalSources.window = {};
  });
  afterEach(() => fixtureCleanup());

  for (const tag of LOCALES)
    it(`${tag}: the banner, its preferences and the summary pass axe, in that language`, async () => {
      await import(`../../src/core/i18n/locales/${tag}/index.ts`);
      const banner = await fixture<PrivacyBanner>(
        html`<privacy-banner lang=${tag} .manifest=${consentManifest}></privacy-banner>`,
      );
      await banner.updateComplete;
      const words = banner.shadowRoot!.textContent!;
      expect(words).not.to.contain('Accept all');
      await expect(banner).to.be.accessible();
      await banner.openPreferences();
      expect(banner.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      await expect(banner).to.be.accessible();
      banner.shadowRoot!.querySelector('dialog')!.close();
      const summary = await fixture(
        html`<privacy-summary lang=${tag} open="all" .manifest=${naxora}></privacy-summary>`,
      );
      await (summary as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(summary.shadowRoot!.textContent).not.to.contain('Who we are');
      await expect(summary).to.be.accessible();
    });
});
