// A 10,000-character word from the manifest (a category name, a description, a cookie's purpose)
// wraps anywhere: nothing in any element is wider than a 320 px viewport.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { signalSources } from '../../src/controllers/signals-controller.js';
import type { PrivacyBanner } from '../../src/elements/privacy-banner/privacy-banner.js';
import { buttonOf, promptManifest } from '../elements/privacy-banner/helpers.js';
import { clearCookies } from '../core/consent/helpers.js';

const word = 'x'.repeat(10_000);
const manifest = {
  ...promptManifest,
  title: word,
  summary: word,
  cookies: {
    statement: word,
    categories: [
      promptManifest.cookies!.categories[0],
      {
        id: 'long',
        name: word,
        description: word,
        items: [{ name: word, purpose: word, duration: 'P1D', party: 'third', provider: word }],
      },
    ],
  },
  rights: { items: [{ right: 'access', description: word, note: word, jurisdictions: [word] }] },
};

/** Every element in the shadow roots under `root` whose content is wider than its own box or than the viewport. */
function tooWide(root: ParentNode, out: string[] = []): string[] {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const box = el.getBoundingClientRect();
    if (
      box.width &&
      (el.scrollWidth > el.clientWidth + 1 || box.right > innerWidth + 0.5) &&
      getComputedStyle(el).overflowX === 'visible'
    )
      out.push(
        `<${el.localName} part="${el.getAttribute('part') ?? ''}"> ${el.scrollWidth}/${el.clientWidth} px, right edge ${box.right.toFixed(0)}`,
      );
    if (el.shadowRoot) tooWide(el.shadowRoot, out);
  }
  return out;
}

describe('a 10,000-character word from the manifest at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    clearCookies();
    signalSources.navigator = {};
    signalSources.window = {};
  });

  it('wraps in the banner’s preferences dialog', async () => {
    const el = await fixture<PrivacyBanner>(html`<privacy-banner .manifest=${manifest}></privacy-banner>`);
    await el.updateComplete;
    await el.openPreferences();
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog')!;
    expect(dialog.scrollWidth, 'dialog').to.be.at.most(dialog.clientWidth);
    expect(tooWide(el.shadowRoot!)).to.deep.equal([]);
    dialog.close();
  });

  it('wraps in the summary and in the request dialog', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <privacy-summary .manifest=${manifest} open="all"></privacy-summary>
      <privacy-request .manifest=${manifest}></privacy-request>
    </div>`);
    const [summary, request] = holder.children as unknown as [
      HTMLElement & { updateComplete: Promise<unknown> },
      HTMLElement & { updateComplete: Promise<unknown>; openDialog(): Promise<void> },
    ];
    await summary.updateComplete;
    await request.openDialog();
    expect(tooWide(holder)).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
    buttonOf(request, 'Close').click();
  });
});
