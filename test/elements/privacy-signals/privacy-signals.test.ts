import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/privacy-signals/define.js';
import type { PrivacySignals } from '../../../src/elements/privacy-signals/privacy-signals.js';
import { signalSources } from '../../../src/controllers/signals-controller.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { captureConsoleError, minimalManifest } from '../../fixtures.js';
import { configure, pageConfig } from '../../../src/internal/config.js';

const policy: Manifest = {
  ...minimalManifest,
  signals: {
    gpc: { honoured: true, statement: 'We treat GPC as a request to opt out of sale and sharing.' },
    dnt: { honoured: false, statement: 'We do not currently respond to DNT signals.' },
  },
  cookies: {
    categories: [
      { id: 'necessary', necessary: true, name: 'Necessary' },
      { id: 'ads', name: 'Ads', uses: ['sharing'] },
    ],
  },
};

async function render(nav: object, manifest: unknown = policy, always = false) {
  signalSources.navigator = nav;
  signalSources.window = {};
  const el = await fixture<PrivacySignals>(
    html`<privacy-signals .manifest=${manifest} ?always=${always}></privacy-signals>`,
  );
  await el.updateComplete;
  return el;
}
const shownText = (el: PrivacySignals) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('<privacy-signals>', () => {
  afterEach(async () => {
    delete signalSources.navigator;
    delete signalSources.window;
    await emulateMedia({ colorScheme: 'light' });
  });

  it('says an honoured GPC signal was detected and honoured, with the policy statement', async () => {
    const el = await render({ globalPrivacyControl: true });
    expect(shownText(el)).to.contain(
      'Global Privacy Control signal was detected and honoured as an opt-out of sale and sharing',
    );
    expect(shownText(el)).to.contain('We treat GPC as a request to opt out');
    expect(el.decision?.locked).to.deep.equal(['ads']);
    await expect(el).to.be.accessible();
  });

  it('takes the page’s region from configure() (the script tag’s data-region) when given none of its own', async () => {
    const inCalifornia = {
      ...policy,
      signals: { ...policy.signals, gpc: { honoured: true, jurisdictions: ['US-CA'] } },
    };
    configure({ region: 'DE' });
    try {
      const el = await render({ globalPrivacyControl: true }, inCalifornia);
      expect(el.decision?.gpcHonoured).to.equal(false);
      expect(shownText(el)).not.to.contain('detected and honoured');
      el.region = 'us-ca';
      el.manifest = { ...inCalifornia };
      await el.updateComplete;
      expect(el.decision?.gpcHonoured).to.equal(true);
    } finally {
      delete pageConfig.region;
    }
  });

  it('says so when the policy does not act on GPC', async () => {
    const el = await render({ globalPrivacyControl: true }, { ...policy, signals: { gpc: { honoured: false } } });
    expect(shownText(el)).to.contain('This site does not act on it');
    expect(el.decision?.gpcHonoured).to.equal(false);
  });

  it('on a site that neither sells nor shares, says there is nothing for GPC to opt out of, instead of that it is ignored', async () => {
    const { signals, cookies, ...noStance } = policy;
    expect(signals).not.to.equal(undefined);
    expect(cookies).not.to.equal(undefined); // its ads category is used for sharing: see below
    const el = await render({ globalPrivacyControl: true }, { ...noStance, sale: { sells: false, shares: false } });
    expect(shownText(el)).to.contain(
      'neither sells nor shares personal information, so there is nothing for it to opt out of',
    );
    expect(shownText(el)).not.to.contain('does not act on it');
    await expect(el).to.be.accessible();
    // A site that shares, says nothing of sale, or uses data for targeted advertising (a category or a recipient), and does not honour GPC, is told as it is.
    const none = { sale: { sells: false, shares: false } };
    const ads = { id: 'ads', name: 'Ads', uses: ['targeted-advertising' as const] };
    const pixel = { id: 'pixel', name: 'Pixel', consentMode: ['ad_storage' as const] };
    for (const change of [
      { sale: { sells: false, shares: true } },
      {},
      { ...none, cookies: { categories: [ads] } },
      { ...none, cookies: { categories: [pixel] } },
      { ...none, recipients: [{ name: 'Ad network', purpose: 'Ads', uses: ['targeted-advertising' as const] }] },
    ]) {
      const other = await render({ globalPrivacyControl: true }, { ...noStance, ...change });
      expect(shownText(other), JSON.stringify(change)).to.contain('This site does not act on it');
    }
  });

  it('shows the policy’s own DNT statement when DNT is on but not honoured (CalOPPA)', async () => {
    const el = await render({ doNotTrack: '1' });
    expect(shownText(el)).to.contain('Your browser sends a Do Not Track signal.');
    expect(shownText(el)).to.contain('We do not currently respond to DNT signals.');
    await expect(el).to.be.accessible();
  });

  it('says DNT was honoured when the policy honours it', async () => {
    const el = await render(
      { doNotTrack: 'yes' },
      { ...policy, signals: { dnt: { honoured: true, statement: 'We honour DNT.' } } },
    );
    expect(shownText(el)).to.contain('Do Not Track signal was detected and honoured');
    expect(el.decision?.locked).to.deep.equal(['ads']);
  });

  it('shows nothing without a signal, unless asked to always show', async () => {
    for (const nav of [{}, { globalPrivacyControl: false, doNotTrack: 'unspecified' }, { doNotTrack: null }]) {
      expect(shownText(await render(nav)), JSON.stringify(nav)).to.equal('');
    }
    const el = await render({ globalPrivacyControl: false }, policy, true);
    expect(shownText(el)).to.contain('supports Global Privacy Control, and the signal is off');
    expect(shownText(el)).to.contain('We do not currently respond to DNT signals.');
    const none = await render({}, policy, true);
    expect(shownText(none)).to.contain('Your browser sends no privacy signal.');
    await expect(none).to.be.accessible();
  });

  it('fires privacy-signal with the signals and the decision', async () => {
    signalSources.navigator = { globalPrivacyControl: true, doNotTrack: '1' };
    const el = document.createElement('privacy-signals');
    el.manifest = policy;
    const event = oneEvent(el, 'privacy-signal');
    document.body.append(el);
    const { detail } = await event;
    expect(detail).to.deep.include({ gpc: true, dnt: true, gpcHonoured: true, dntHonoured: false, locked: ['ads'] });
    el.remove();
  });

  it('passes axe in dark mode with both signals shown', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await render({ globalPrivacyControl: true, doNotTrack: '1' });
    expect(el.shadowRoot!.querySelectorAll('[part="base"]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('fails closed on an invalid manifest: an error, no signal status, privacy-error with the path', async () => {
    signalSources.navigator = { globalPrivacyControl: true };
    const el = document.createElement('privacy-signals');
    el.manifest = { ...policy, signals: { gpc: { honoured: 'yes' } } };
    const event = oneEvent(el, 'privacy-error');
    const logged = captureConsoleError();
    document.body.append(el);
    await event;
    expect(logged.join('\n')).to.include('$.signals.gpc.honoured: expected true or false');
    const { detail } = await event;
    expect(detail.issues[0]).to.deep.equal({
      path: '$.signals.gpc.honoured',
      message: 'expected true or false, got "yes"',
    });
    await el.updateComplete;
    expect(el.decision).to.equal(undefined);
    expect(shownText(el)).to.not.contain('honoured');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    el.remove();
  });
});
