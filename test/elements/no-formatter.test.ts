// The first number, list or date formatter a page makes costs 80 to 260 ms at 4x CPU (Intl's data
// is set up then): the banner, its dialog and cookie tables, and the summary make none, in any
// language with built-in words. Intl.PluralRules, which costs a few milliseconds, is allowed.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/core/i18n/locales/de/index.js';
import '../../src/core/i18n/locales/ar/index.js';
import '../../src/core/i18n/locales/fa/index.js';
import { signalSources } from '../../src/controllers/signals-controller.js';
import type { PrivacyBanner } from '../../src/elements/privacy-banner/privacy-banner.js';
import type { PrivacySummary } from '../../src/elements/privacy-summary/privacy-summary.js';
import type { Manifest } from '../../src/core/manifest/schema.js';
import { clearCookies, consentManifest } from '../core/consent/helpers.js';

const made: string[] = [];
const KINDS = ['NumberFormat', 'ListFormat', 'DateTimeFormat', 'RelativeTimeFormat'] as const;
const real = KINDS.map((kind) => Intl[kind]);
const realLocale = [Number.prototype.toLocaleString, Date.prototype.toLocaleDateString];

/** Counts every formatter made, and every number or date written with `toLocale…String`. */
function watchFormatters() {
  made.length = 0;
  KINDS.forEach((kind, i) => {
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(real[i], {
      construct(target, args: unknown[]) {
        made.push(`${kind}(${String(args[0])})`);
        return Reflect.construct(target, args) as object;
      },
    });
  });
  Number.prototype.toLocaleString = function (...args) {
    made.push('Number#toLocaleString');
    return realLocale[0].apply(this, args);
  };
  Date.prototype.toLocaleDateString = function (...args) {
    made.push('Date#toLocaleDateString');
    return (realLocale[1] as (...a: unknown[]) => string).apply(this, args);
  };
}

function restore() {
  KINDS.forEach((kind, i) => ((Intl as unknown as Record<string, unknown>)[kind] = real[i]));
  [Number.prototype.toLocaleString, Date.prototype.toLocaleDateString] = realLocale as [never, never];
}

/** Lifetimes of every unit, one of several parts, and one over a thousand. */
const lifetimes: Manifest = structuredClone(consentManifest);
lifetimes.cookies!.categories[1].items = ['P1Y6M', 'P2W', 'PT30M', 'P400D', 'PT45S', 'P3M2DT4H'].map((duration, i) => ({
  name: `item_${i}`,
  purpose: 'Counts visits',
  duration,
  party: 'first' as const,
}));

describe('no Intl formatter on the banner’s and the summary’s way', () => {
  beforeEach(() => {
    clearCookies();
    signalSources.navigator = {};
    signalSources.window = {};
    watchFormatters();
  });
  afterEach(() => {
    restore();
    fixtureCleanup();
  });

  for (const [lang, words] of [
    ['en', ['1 year and 6 months', '2 weeks', '30 minutes', '400 days', '3 months, 2 days, and 4 hours']],
    ['de', ['1 Jahr und 6 Monate', '2 Wochen', '30 Minuten', '400 Tage', '3 Monate, 2 Tage und 4 Stunden']],
    ['ar', ['سنة و6 أشهر', 'أسبوعان', '30 دقيقة', '400 يوم', '3 أشهر ويومان و4 ساعات']],
    ['fa', ['۱ سال و ۶ ماه', '۲ هفته', '۳۰ دقیقه', '۴۰۰ روز', '۳ ماه،\u200f ۲ روز، و ۴ ساعت']],
  ] as const)
    it(`${lang}: from the first layer to every cookie table, at idle time too`, async () => {
      const banner = await fixture<PrivacyBanner>(
        html`<privacy-banner lang=${lang} .manifest=${lifetimes}></privacy-banner>`,
      );
      await banner.updateComplete;
      // The dialog's code loads at idle time; nothing else may follow it there.
      await new Promise((ok) => setTimeout(ok, 300));
      await banner.openPreferences();
      const dialog = banner.shadowRoot!.querySelector('dialog')!;
      for (const details of dialog.querySelectorAll('details')) details.open = true;
      await new Promise((ok) => setTimeout(ok, 100));
      await banner.updateComplete;
      const text = dialog.textContent!.replace(/\s+/g, ' ');
      for (const lifetime of words) expect(text, lang).to.contain(lifetime);
      expect(made, lang).to.deep.equal([]);
    });

  it('the summary’s date, cookie tables and retention periods, in German', async () => {
    const manifest = {
      ...lifetimes,
      lastUpdated: '2026-01-05',
      retention: [{ data: 'Account data', period: 'P1Y6M' }],
    };
    const summary = await fixture<PrivacySummary>(
      html`<privacy-summary lang="de" open="all" .manifest=${manifest}></privacy-summary>`,
    );
    await summary.updateComplete;
    const text = summary.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const lifetime of ['1 Jahr und 6 Monate', '3 Monate, 2 Tage und 4 Stunden']) expect(text).to.contain(lifetime);
    expect(text).to.contain('5. Januar 2026');
    expect(made).to.deep.equal([]);
  });
});
