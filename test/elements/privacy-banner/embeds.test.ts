import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PrivacyBanner } from '../../../src/elements/privacy-banner/privacy-banner.js';
import { buttonOf, mount, panelOf, promptManifest, resetPage, storedRecord, textOf } from './helpers.js';

const FRAME = '/test/elements/privacy-banner/fixtures/embed.html';
const PIXEL = '/test/elements/privacy-banner/fixtures/pixel.svg';
let serial = 0;

/** Adds an embed to the page; each gets its own address, so its requests can be told apart. */
function embed(attributes: Record<string, string>, tag = 'iframe') {
  const el = document.createElement(tag);
  el.className = 'test-embed';
  for (const [name, value] of Object.entries({ 'data-src': `${FRAME}?n=${++serial}`, ...attributes }))
    el.setAttribute(name, value);
  document.body.append(el);
  return el as HTMLIFrameElement;
}
const placeholderOf = (el: Element) =>
  el.previousElementSibling?.localName === 'privacy-embed-placeholder'
    ? (el.previousElementSibling as HTMLElement & { updateComplete: Promise<unknown> })
    : null;
/** Whether the page asked for this address at all (iframes and images show in the resource timeline). */
const requested = (src: string) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(src));
const settle = () => new Promise((ok) => setTimeout(ok, 50));

/** The code that holds embeds comes on its own, once the page has one: wait until it holds them. */
const holding = (el: PrivacyBanner) =>
  waitUntil(
    () => (el as unknown as { consentController: { embeds?: object } }).consentController.embeds,
    'embeds held',
  );
/** A banner over a page with embeds, once the code that holds them has arrived. */
async function mountOverEmbeds(...args: Parameters<typeof mount>) {
  const el = await mount(...args);
  await holding(el);
  return el;
}

describe('<privacy-banner> embeds wait for consent', () => {
  afterEach(async () => {
    document.querySelectorAll('.test-embed, privacy-embed-placeholder').forEach((n) => n.remove());
    await resetPage();
  });

  it('holds an embed behind a placeholder of its size that names the provider and the purpose; nothing is requested', async () => {
    const frame = embed({
      'data-privacy-category': 'ads',
      'data-privacy-provider': 'Example Video',
      width: '560',
      height: '315',
    });
    const image = embed({ 'data-privacy-category': 'ads', 'data-src': `${PIXEL}?n=${++serial}` }, 'img');
    const el = await mountOverEmbeds();
    const placeholder = placeholderOf(frame)!;
    expect(placeholder).to.exist;
    await placeholder.updateComplete;
    expect(frame.hasAttribute('src')).to.equal(false);
    expect(getComputedStyle(frame).display).to.equal('none');
    const box = placeholder.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([560, 315]);
    expect(textOf(placeholder.shadowRoot!.querySelector('p'))).to.equal(
      'This content comes from Example Video. Loading it lets Example Video set cookies for Advertising.',
    );
    expect(buttonOf(placeholder, 'Load this once')).to.exist;
    expect(buttonOf(placeholder, 'Always allow Advertising')).to.exist;
    await settle();
    expect(requested(image.dataset.src!)).to.equal(false);
    expect(placeholderOf(image)).to.exist;
    for (const scheme of ['light', 'dark'] as const) {
      await emulateMedia({ colorScheme: scheme });
      await expect(placeholder).to.be.accessible();
    }
    expect(panelOf(el)).to.exist;
  });

  it('"Load this once" loads that embed only, records nothing, and keeps keyboard focus in it', async () => {
    const one = embed({ 'data-privacy-category': 'ads' });
    const other = embed({ 'data-privacy-category': 'ads' });
    const el = await mountOverEmbeds();
    const button = buttonOf(placeholderOf(one)!, 'Load this once');
    button.focus();
    const loaded = new Promise((ok) => one.addEventListener('load', ok, { once: true }));
    button.click();
    expect(one.getAttribute('src')).to.equal(one.dataset.src);
    await loaded;
    expect(one.contentDocument!.body.textContent).to.contain('The embedded content.');
    expect(placeholderOf(one)).to.equal(null);
    expect(getComputedStyle(one).display).to.not.equal('none');
    expect(document.activeElement).to.equal(one);
    expect(other.hasAttribute('src')).to.equal(false);
    expect(placeholderOf(other)).to.exist;
    expect(storedRecord()).to.equal(undefined);
    expect(el.consent).to.equal(undefined);
  });

  it('"Always allow" records the category like the preferences do, and loads every embed of it', async () => {
    const one = embed({ 'data-privacy-category': 'ads' });
    const other = embed({ 'data-privacy-category': 'ads', 'data-src': `${PIXEL}?n=${++serial}` }, 'img');
    const stats = embed({ 'data-privacy-category': 'analytics' });
    const el = await mountOverEmbeds();
    buttonOf(placeholderOf(one)!, 'Always allow Advertising').click();
    await el.updateComplete;
    expect(storedRecord()).to.deep.include({
      method: 'save',
      choices: { necessary: true, analytics: false, ads: true },
    });
    expect(el.isGranted('ads')).to.equal(true);
    expect([one.getAttribute('src'), other.getAttribute('src')]).to.deep.equal([one.dataset.src, other.dataset.src]);
    await new Promise((ok) =>
      (other as unknown as HTMLImageElement).complete ? ok(null) : other.addEventListener('load', ok, { once: true }),
    );
    expect(requested(other.dataset.src!)).to.equal(true);
    expect(stats.hasAttribute('src')).to.equal(false);
    expect(placeholderOf(stats)).to.exist;
  });

  it('loads on Accept all, stays held on Reject all, and picks up embeds added later', async () => {
    const el = await mount();
    const early = embed({ 'data-privacy-category': 'analytics' });
    await holding(el);
    expect(placeholderOf(early)).to.exist;
    buttonOf(el, 'Reject all').click();
    await el.updateComplete;
    await settle();
    expect(early.hasAttribute('src')).to.equal(false);
    expect(placeholderOf(early)).to.exist;
    await el.openPreferences();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[aria-describedby="about-analytics"]')!.click();
    buttonOf(el, 'Save choices').click();
    await el.updateComplete;
    expect(early.getAttribute('src')).to.equal(early.dataset.src);
    const late = embed({ 'data-privacy-category': 'analytics' });
    await settle();
    expect(late.getAttribute('src')).to.equal(late.dataset.src);
  });

  it("names the address's host when the page names no provider", async () => {
    const frame = embed({ 'data-privacy-category': 'ads', 'data-src': 'https://video.example.net/embed/1' });
    await mountOverEmbeds();
    await placeholderOf(frame)!.updateComplete;
    expect(textOf(placeholderOf(frame)!.shadowRoot!.querySelector('p'))).to.contain(
      'This content comes from video.example.net.',
    );
  });

  it('never loads an unsafe address, an embed that names no category, or one of a category the policy lacks', async () => {
    const unsafe = [
      'javascript:alert(1)',
      'data:text/html,<script>parent.pwned=1</script>',
      'mailto:a@example.com',
      'java\nscript:alert(1)',
    ].map((src) => embed({ 'data-privacy-category': 'ads', 'data-src': src }));
    const none = embed({ 'data-privacy-category': '' });
    const unknown = embed({ 'data-privacy-category': 'videos' });
    const el = await mountOverEmbeds();
    for (const frame of unsafe) expect(placeholderOf(frame), frame.dataset.src).to.equal(null);
    // No "Always allow" where nothing can be granted.
    await placeholderOf(unknown)!.updateComplete;
    expect(() => buttonOf(placeholderOf(unknown)!, 'Always allow videos')).to.throw();
    expect(() => buttonOf(placeholderOf(none)!, 'Load this once')).to.not.throw();
    buttonOf(el, 'Accept all').click();
    await el.updateComplete;
    await settle();
    for (const frame of [...unsafe, none, unknown])
      expect(frame.hasAttribute('src'), frame.dataset.src).to.equal(false);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('offers no "Always allow" for a category a privacy signal locks', async () => {
    const frame = embed({ 'data-privacy-category': 'ads' });
    await mountOverEmbeds(promptManifest, { globalPrivacyControl: true });
    await placeholderOf(frame)!.updateComplete;
    expect(() => buttonOf(placeholderOf(frame)!, 'Always allow Advertising')).to.throw();
    expect(buttonOf(placeholderOf(frame)!, 'Load this once')).to.exist;
  });

  it('shows the provider named by the page as text, never markup', async () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const frame = embed({ 'data-privacy-category': 'ads', 'data-privacy-provider': hostile });
    await mountOverEmbeds();
    const placeholder = placeholderOf(frame)!;
    await placeholder.updateComplete;
    expect(textOf(placeholder.shadowRoot!.querySelector('p'))).to.contain(hostile);
    expect(placeholder.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('takes the placeholders away, leaving embeds unloaded, when the policy becomes unusable', async () => {
    const frame = embed({ 'data-privacy-category': 'ads' });
    const el = await fixture<PrivacyBanner>(html`<privacy-banner .manifest=${promptManifest}></privacy-banner>`);
    await holding(el);
    expect(placeholderOf(frame)).to.exist;
    el.manifest = { broken: true };
    await el.updateComplete;
    expect(placeholderOf(frame)).to.equal(null);
    expect(frame.hasAttribute('src')).to.equal(false);
  });
});
