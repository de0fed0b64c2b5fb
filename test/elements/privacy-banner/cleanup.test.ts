import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ConsentController } from '../../../src/controllers/consent-controller.js';
import type { PrivacyBanner } from '../../../src/elements/privacy-banner/privacy-banner.js';
import { signalSources } from '../../../src/controllers/signals-controller.js';
import { buttonOf, mount, promptManifest, resetPage, storedRecord, switchOf } from './helpers.js';

describe('<privacy-banner> clean-up on refusal and withdrawal', () => {
  const realReload = ConsentController.reload;
  let reloads = 0;
  beforeEach(() => {
    reloads = 0;
    ConsentController.reload = () => void reloads++;
  });
  afterEach(async () => {
    ConsentController.reload = realReload;
    localStorage.removeItem('an_store');
    await resetPage();
  });

  it('Reject all deletes the refused cookies and storage keys and says so in the event', async () => {
    document.cookie = '_pe_an=1; path=/';
    document.cookie = 'session=keep; path=/';
    localStorage.setItem('an_store', '1');
    const el = await mount();
    const change = oneEvent(el, 'privacy-consent-change');
    buttonOf(el, 'Reject all').click();
    const { cleared, remaining, ...record } = (await change).detail;
    expect(cleared).to.deep.equal([
      { kind: 'cookie', name: '_pe_an' },
      { kind: 'localStorage', name: 'an_store' },
    ]);
    expect(remaining).to.deep.equal([]);
    expect(document.cookie).to.not.contain('_pe_an');
    expect(document.cookie).to.contain('session=keep');
    expect(localStorage.getItem('an_store')).to.equal(null);
    // The lists are for the page, not part of the proof kept in the cookie.
    expect(storedRecord()).to.deep.equal(record);
    expect(reloads).to.equal(0);
  });

  it('with reload-on-withdrawal, reloads after a choice that withdraws a grant, and only then', async () => {
    signalSources.navigator = {};
    signalSources.window = {};
    const el = await fixture<PrivacyBanner>(
      html`<privacy-banner reload-on-withdrawal .manifest=${promptManifest}></privacy-banner>`,
    );
    await el.updateComplete;
    expect(el.reloadOnWithdrawal).to.equal(true);
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    expect(reloads).to.equal(0);
    await el.openPreferences();
    switchOf(el, 'analytics').click();
    buttonOf(el, 'Save choices').click();
    await el.updateComplete;
    expect(reloads).to.equal(1);
    // Refusing again what is already refused withdraws nothing.
    await el.openPreferences();
    buttonOf(el, 'Save choices').click();
    await el.updateComplete;
    expect(reloads).to.equal(1);
  });

  it('without the option, a withdrawal does not reload', async () => {
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    await el.openPreferences();
    switchOf(el, 'analytics').click();
    buttonOf(el, 'Save choices').click();
    await el.updateComplete;
    expect(reloads).to.equal(0);
  });

  it('when a new policy version replaces the one that granted, what it granted is removed and listed in privacy-consent-withdrawn', async () => {
    const el = await mount();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    document.cookie = '_pe_an=1; path=/';
    const withdrawn = oneEvent(el, 'privacy-consent-withdrawn');
    el.manifest = { ...promptManifest, version: '4' };
    const { detail } = await withdrawn;
    expect(detail.cleared).to.deep.equal([{ kind: 'cookie', name: '_pe_an' }]);
    expect(detail.choices.analytics).to.equal(true);
    expect(document.cookie).to.not.contain('_pe_an');
    await expect(el).to.be.accessible();
  });
});
