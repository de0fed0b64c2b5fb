// A valid policy at the validator's limits, 500 categories of 40 cookies each: the banner and the
// summary render no cookie table until it is opened (20,000 rows nobody asked for blocked the page
// for seconds), and then draw it in slices.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { signalSources } from '../../src/controllers/signals-controller.js';
import type { PrivacyBanner } from '../../src/elements/privacy-banner/privacy-banner.js';
import { ROWS_PER_FRAME } from '../../src/elements/privacy-summary/privacy-summary.js';
import { SLICE } from '../../src/elements/privacy-banner/preferences.js';
import { promptManifest } from '../elements/privacy-banner/helpers.js';
import { clearCookies } from '../core/consent/helpers.js';
import { policySettled } from '../fixtures.js';

const item = (i: number, j: number) => ({
  name: `cookie_${i}_${j}`,
  purpose: `Purpose ${j} of category ${i}`,
  duration: 'P1Y',
  party: 'third',
  provider: `Provider ${j}`,
});
const manifest = {
  ...promptManifest,
  cookies: {
    categories: Array.from({ length: 500 }, (_, i) => ({
      id: `category-${i}`,
      necessary: i === 0,
      name: `Category ${i}`,
      description: `What category ${i} is for.`,
      items: Array.from({ length: 40 }, (_, j) => item(i, j)),
    })),
  },
};

const time = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

describe('a policy of 500 categories of 40 cookies', () => {
  beforeEach(() => {
    clearCookies();
    signalSources.navigator = {};
    signalSources.window = {};
  });

  it('starts the banner and opens its preferences without blocking the page for long', async () => {
    let el!: PrivacyBanner;
    const start = await time(async () => {
      el = await fixture<PrivacyBanner>(html`<privacy-banner .manifest=${manifest}></privacy-banner>`);
      // Checked in slices, with the page running between them: ready a few tasks later.
      await policySettled(el);
    });
    expect(el.shadowRoot!.querySelector('[part~="panel"] h2'), 'the first layer is shown').to.not.equal(null);
    const open = await time(() => el.openPreferences());
    const rows = el.shadowRoot!.querySelectorAll('tr').length;
    expect(rows, 'no cookie rows before a list is opened').to.equal(0);
    const switches = () => el.shadowRoot!.querySelectorAll('dialog input[role=switch]').length;
    // Drawn a slice per frame: the first slice at once, every category a few frames later.
    expect(switches(), 'the first slice of categories').to.equal(SLICE);
    await waitUntil(() => switches() === 500, 'every category is drawn', { timeout: 10_000 });
    await el.updateComplete;
    // Timings on a shared machine vary too much to assert; what is rendered does not.
    console.log(
      `500 categories of 40: banner started in ${start.toFixed(0)} ms, preferences opened in ${open.toFixed(0)} ms`,
    );
    const details = el.shadowRoot!.querySelectorAll('details')[3];
    details.open = true;
    await new Promise((ok) => details.addEventListener('toggle', ok, { once: true }));
    await el.updateComplete;
    expect(details.querySelectorAll('tr').length, 'an opened list shows its cookies').to.equal(41);
    el.shadowRoot!.querySelector('dialog')!.close();
  });

  it('renders the summary with its sections closed without building every table', async () => {
    let rows = -1;
    let el!: HTMLElement & { updateComplete: Promise<unknown> };
    // Every cookie's lifetime picks its plural form with Intl.PluralRules when its table is built:
    // counted, to see when that happens.
    const proto = Intl.PluralRules.prototype;
    const select = proto.select;
    const restore = () => (proto.select = select);
    let formatted = 0;
    proto.select = function (this: Intl.PluralRules, n: number) {
      formatted++;
      return select.call(this, n);
    };
    after(restore);
    const took = await time(async () => {
      el = await fixture(html`<privacy-summary .manifest=${manifest}></privacy-summary>`);
      await policySettled(el);
      rows = el.shadowRoot!.querySelectorAll('tr').length;
    });
    expect(el.shadowRoot!.querySelectorAll('section').length, 'the summary is rendered').to.be.greaterThan(0);
    expect(rows).to.equal(0);
    expect(formatted, 'no table of a closed section is built').to.be.below(100);
    console.log(`500 categories of 40: summary rendered in ${took.toFixed(0)} ms`);
    // Built on opening, a slice of rows per frame: every category's table, 40 rows each, a few frames later.
    el.shadowRoot!.querySelector<HTMLButtonElement>('#privacy-cookies [part~="toggle"]')!.click();
    await el.updateComplete;
    const drawn = () => el.shadowRoot!.querySelectorAll('#privacy-cookies-panel tbody tr').length;
    // Whole categories, as many as fit in a slice: the first one's 40 rows and the consent cookie's;
    // the second would not fit.
    expect(ROWS_PER_FRAME).to.be.within(41, 80);
    expect(drawn(), 'the first slice').to.equal(41);
    await waitUntil(() => drawn() > 500 * 40, 'every row', { timeout: 30_000 });
    await el.updateComplete;
    // Each row is built once: a slice does not build again the rows of the slices before it.
    expect(formatted)
      .to.be.at.least(500 * 40)
      .and.below(2 * 500 * 40);
    restore();
  });
});
