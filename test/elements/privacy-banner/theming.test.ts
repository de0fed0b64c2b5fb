import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/elements/privacy-summary/define.js';
import type { PrivacyBanner } from '../../../src/elements/privacy-banner/privacy-banner.js';
import { buttonOf, mount, panelOf, promptManifest, resetPage, shadow } from './helpers.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(27, 27, 31)';

/** Adds page CSS for one test; `undo` takes it away. */
let added: HTMLElement[] = [];
function pageStyle(text: string) {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  added.push(style);
}
function themeFile(name: string) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${name}.css`;
  const loaded = new Promise((ok) => link.addEventListener('load', ok));
  document.head.append(link);
  added.push(link);
  return loaded;
}
/** The page's own color-scheme, as a site declares it ('' leaves the test page's `light dark`). */
const pageScheme = (scheme: string) => (document.documentElement.style.colorScheme = scheme);
const background = (el: PrivacyBanner) => getComputedStyle(panelOf(el)!).backgroundColor;

describe('theming: colour scheme and tokens from the page', () => {
  afterEach(async () => {
    added.forEach((node) => node.remove());
    added = [];
    pageScheme('');
    await resetPage();
  });

  it('stays light on a page that declares no color-scheme, however dark the system is', async () => {
    pageScheme('normal');
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount();
    expect(background(el)).to.equal(LIGHT);
    expect(getComputedStyle(buttonOf(el, 'Accept all')).color).to.equal('rgb(29, 78, 216)');
    await expect(el).to.be.accessible();
  });

  it('stays light on a light-only page on a dark system', async () => {
    pageScheme('light');
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(await mount())).to.equal(LIGHT);
  });

  it('follows the system on a page that declares light dark', async () => {
    pageScheme('light dark');
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mount();
    expect(background(el)).to.equal(DARK);
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    expect(background(el)).to.equal(LIGHT);
  });

  it('is dark on a dark-only page, even on a light system', async () => {
    pageScheme('dark');
    await emulateMedia({ colorScheme: 'light' });
    const el = await mount();
    expect(background(el)).to.equal(DARK);
    await expect(el).to.be.accessible();
  });

  it('takes a color-scheme set on the element: the attribute, or the CSS property', async () => {
    pageScheme('light');
    const el = await mount();
    el.setAttribute('color-scheme', 'dark');
    expect(background(el)).to.equal(DARK);
    await expect(el).to.be.accessible();
    el.removeAttribute('color-scheme');
    expect(background(el)).to.equal(LIGHT);
    pageStyle('privacy-banner { color-scheme: dark; }');
    expect(background(el)).to.equal(DARK);
  });

  it('takes tokens set on :root: buttons, links and text', async () => {
    pageStyle(
      ':root { --privacy-accent: rgb(10, 125, 72); --privacy-color: rgb(40, 20, 60); --privacy-font: Georgia, serif; --privacy-radius: 0px; }',
    );
    const el = await mount();
    const button = getComputedStyle(buttonOf(el, 'Reject all'));
    expect([button.color, button.borderTopColor, button.borderTopLeftRadius]).to.deep.equal([
      'rgb(10, 125, 72)',
      'rgb(10, 125, 72)',
      '0px',
    ]);
    expect(getComputedStyle(shadow(el, 'a')!).color).to.equal('rgb(10, 125, 72)');
    const text = getComputedStyle(shadow(el, 'p')!);
    expect([text.color, text.fontFamily]).to.deep.equal(['rgb(40, 20, 60)', 'Georgia, serif']);
    expect(button.fontFamily).to.equal('Georgia, serif');
    await expect(el).to.be.accessible();
  });

  it('takes tokens from any ancestor, the nearest winning, and from the element itself', async () => {
    pageStyle(':root { --privacy-accent: rgb(10, 125, 72); } .brand { --privacy-accent: rgb(120, 20, 20); }');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="brand"><privacy-banner .manifest=${promptManifest}></privacy-banner><privacy-summary .manifest=${promptManifest}></privacy-summary></div>`,
    );
    const el = wrapper.querySelector<PrivacyBanner>('privacy-banner')!;
    await el.updateComplete;
    expect(getComputedStyle(buttonOf(el, 'Accept all')).color).to.equal('rgb(120, 20, 20)');
    const summary = wrapper.querySelector('privacy-summary')!;
    await (summary as PrivacyBanner).updateComplete;
    expect(getComputedStyle(summary.shadowRoot!.querySelector('a')!).color).to.equal('rgb(120, 20, 20)');
    el.style.setProperty('--privacy-accent', 'rgb(0, 0, 160)');
    expect(getComputedStyle(buttonOf(el, 'Accept all')).color).to.equal('rgb(0, 0, 160)');
  });

  it('keeps ::part styling', async () => {
    pageStyle('privacy-banner::part(button) { text-transform: uppercase; }');
    const el = await mount();
    expect(getComputedStyle(buttonOf(el, 'Customize')).textTransform).to.equal('uppercase');
  });

  for (const theme of ['neutral', 'page'])
    for (const scheme of ['light', 'dark'] as const)
      it(`the ${theme} theme applies and passes axe (${scheme}), the prompt and the preferences`, async () => {
        await themeFile(theme);
        pageScheme('light dark');
        await emulateMedia({ colorScheme: scheme });
        const el = await mount();
        expect(getComputedStyle(buttonOf(el, 'Accept all')).borderTopLeftRadius).to.equal(
          theme === 'neutral' ? '4px' : '0px',
        );
        await expect(el).to.be.accessible();
        buttonOf(el, 'Customize').click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });

  it('the page theme takes the page font', async () => {
    await themeFile('page');
    pageStyle('body { font: 18px/1.7 Georgia, serif; }');
    const el = await mount();
    const text = getComputedStyle(shadow(el, 'p')!);
    expect([text.fontFamily, text.fontSize]).to.deep.equal(['Georgia, serif', '18px']);
  });
});

describe('docs/theming.md', () => {
  it('lists every token with its defaults', async () => {
    const { TOKENS } = await import('../../../src/internal/base.styles.js');
    const doc = await (await fetch('/docs/theming.md')).text();
    for (const [name, [light, dark]] of Object.entries(TOKENS)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`--privacy-${name}\` |`));
      expect(row, name).to.be.a('string');
      expect(row).to.contain(`\`${light}\``);
      if (dark) expect(row).to.contain(`\`${dark}\``);
    }
  });
});
