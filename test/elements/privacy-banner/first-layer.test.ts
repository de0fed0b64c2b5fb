import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { registerCatalog } from '../../../src/core/i18n/catalog.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';
import type { Manifest } from '../../../src/core/manifest/schema.js';
import { SEEDS, loadSeed } from '../../fixtures.js';
import { buttonOf, dialogOf, mount, panelOf, promptManifest, resetPage, shadow, textOf } from './helpers.js';

const demo = async (): Promise<Manifest> => (await fetch('/demo/policies/example-shop.json')).json();

describe('<privacy-banner> first layer: what it asks for and who receives the data', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetPage();
  });

  it('names the purposes and the third parties of the demo policy, and links to the full list', async () => {
    const el = await mount(await demo());
    const text = textOf(panelOf(el));
    expect(text).to.contain('With your permission we would also use cookies for: Statistics and Advertising.');
    expect(text).to.contain('Data from them would go to: Ad network.');
    const more = shadow(el, '[part~="more"]')!;
    expect(textOf(more)).to.equal('See every cookie and who receives the data');
    more.click();
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(true);
    // Each category's cookie list is rendered when it is first opened.
    for (const details of dialogOf(el).querySelectorAll('details')) details.open = true;
    await new Promise((ok) => setTimeout(ok, 50));
    await el.updateComplete;
    expect(textOf(dialogOf(el))).to.contain('Ad network');
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      await expect(el).to.be.accessible();
    }
  });

  it('passes axe in light and dark before the preferences are opened', async () => {
    const el = await mount(await demo());
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      await expect(el).to.be.accessible();
    }
  });

  for (const name of SEEDS)
    it(`states what the ${name} seed policy asks for, or asks nothing`, async () => {
      const m = await loadSeed(name);
      const el = await mount(m);
      const text = textOf(panelOf(el));
      const optional = m.cookies!.categories.filter((c) => !c.necessary);
      if (!optional.length) {
        expect(text).to.not.contain('With your permission');
        expect(shadow(el, '[part~="more"]')).to.equal(null);
        return;
      }
      // Naxora: first-party analytics and preferences, and no recipient the policy ties to them.
      expect(text).to.contain(
        'With your permission we would also use cookies for: Analytics cookies and Preference cookies.',
      );
      expect(text).to.not.contain('Data from them would go to');
    });

  it('names the providers of optional items and the recipients tied to optional categories, once each, never those of necessary ones', async () => {
    const m: Manifest = {
      ...promptManifest,
      recipients: [
        { name: 'Example Analytics', purpose: 'Statistics', categories: ['analytics'] },
        { name: 'AdCo', purpose: 'Ads', categories: ['ads'] },
        { name: 'Payments Ltd', purpose: 'Payments', categories: ['necessary'] },
        { name: 'Hosting Inc', purpose: 'Hosting' },
      ],
    };
    m.cookies!.categories[0].items![0] = { ...m.cookies!.categories[0].items![0], provider: 'Session Provider' };
    expect(validateManifest(m).ok).to.equal(true);
    const text = textOf(panelOf(await mount(m)));
    expect(text).to.contain('for: Analytics and Advertising.');
    expect(text).to.contain('Data from them would go to: Example Analytics and AdCo.');
    for (const absent of ['Payments Ltd', 'Hosting Inc', 'Session Provider']) expect(text).to.not.contain(absent);
  });

  it("lists in the visitor's language, with the manifest's own translations", async () => {
    registerCatalog('fr', {
      promptPurposes: (p: string) => `Avec votre accord : ${p}.`,
      promptRecipients: (r: string) => `Destinataires : ${r}.`,
    });
    const m: Manifest = {
      ...promptManifest,
      cookies: {
        categories: [
          promptManifest.cookies!.categories[0],
          {
            id: 'a',
            name: { en: 'Statistics', fr: 'Statistiques' },
            items: [{ name: 'x', purpose: 'x', duration: 'P1D', party: 'third', provider: 'Un' }],
          },
          {
            id: 'b',
            name: { en: 'Ads', fr: 'Publicité' },
            items: [{ name: 'y', purpose: 'y', duration: 'P1D', party: 'third', provider: 'Deux' }],
          },
          {
            id: 'c',
            name: { en: 'Videos', fr: 'Vidéos' },
            items: [{ name: 'z', purpose: 'z', duration: 'P1D', party: 'third', provider: 'Trois' }],
          },
        ],
      },
    };
    const el = await fixture(html`<privacy-banner lang="fr" .manifest=${m}></privacy-banner>`);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const text = textOf(el.shadowRoot!.querySelector('[part~="panel"]'));
    expect(text).to.contain('Avec votre accord : Statistiques, Publicité et Vidéos.');
    expect(text).to.contain('Destinataires : Un, Deux et Trois.');
  });

  it('shows names from the manifest as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const m: Manifest = { ...promptManifest, recipients: [{ name: hostile, purpose: 'x', categories: ['ads'] }] };
    const el = await mount(m);
    expect(textOf(panelOf(el))).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('refuses a recipient tied to a category the policy does not have, with the JSON path', () => {
    const result = validateManifest({
      ...promptManifest,
      recipients: [{ name: 'X', purpose: 'y', categories: ['analytics', 'nope'] }],
    });
    expect(result.ok).to.equal(false);
    expect(result.issues).to.deep.equal([
      {
        path: '$.recipients[0].categories[1]',
        message: 'expected the id of a category in $.cookies.categories, got "nope"',
      },
    ]);
  });

  for (const policy of ['demo', 'naxora'] as const)
    it(`covers at most 40% of a 390 px phone with the ${policy} policy`, async () => {
      await setViewport({ width: 390, height: 844 });
      const el = await mount(policy === 'demo' ? await demo() : await loadSeed('naxora'));
      const { height } = panelOf(el)!.getBoundingClientRect();
      expect(height / innerHeight).to.be.at.most(0.4);
      for (const name of ['Accept all', 'Reject all', 'Customize'])
        expect(buttonOf(el, name).getBoundingClientRect().height).to.be.below(48);
    });

  it('with many categories, scrolls inside itself and keeps the choices and the page in view', async () => {
    await setViewport({ width: 390, height: 844 });
    const many: Manifest = {
      ...promptManifest,
      cookies: {
        categories: [
          promptManifest.cookies!.categories[0],
          ...Array.from({ length: 40 }, (_, i) => ({
            id: `c${i}`,
            name: `Purpose number ${i}`,
            items: [
              { name: `k${i}`, purpose: 'p', duration: 'P1D', party: 'third' as const, provider: `Provider ${i}` },
            ],
          })),
        ],
      },
    };
    const page = await fixture<HTMLDivElement>(
      html`<div><p style="height: 2000px">page</p><a href="#" data-privacy-open="preferences">Cookie settings</a></div>`,
    );
    const el = await mount(many);
    const panel = panelOf(el)!;
    const text = shadow(el, '.text')!;
    expect(panel.getBoundingClientRect().height / innerHeight).to.be.at.most(0.6);
    expect(text.scrollHeight).to.be.greaterThan(text.clientHeight);
    for (const name of ['Accept all', 'Reject all', 'Customize']) {
      const r = buttonOf(el, name).getBoundingClientRect();
      expect(r.top, name).to.be.at.least(panel.getBoundingClientRect().top);
      expect(r.bottom, name).to.be.at.most(innerHeight);
    }
    // The page's own way back stays reachable: focused, it is scrolled clear of the banner.
    const link = page.querySelector('a')!;
    link.focus();
    await waitUntil(
      () => link.getBoundingClientRect().bottom <= panel.getBoundingClientRect().top,
      'the focused link is scrolled clear of the banner',
      { timeout: 3000 },
    );
    await expect(el).to.be.accessible();
    document.documentElement.style.paddingBottom = '';
  });
});
