// The banner in other languages, as a visitor sees it: at 320 px nothing overflows and the two
// choices stay the same size; right-to-left languages mirror it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openHarness } from './harness.js';

let harness;
before(async () => (harness = await openHarness()));
after(() => harness.close());

/** Boxes of everything that could overflow or be clipped, measured in the page. */
const measure = (page, selector) =>
  page.evaluate((sel) => {
    const root = document.querySelector('privacy-banner').shadowRoot;
    const box = (el) => el.getBoundingClientRect();
    const container = root.querySelector(sel);
    const overflowing = [container, ...container.querySelectorAll('*')]
      .filter(
        (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto' && el.clientWidth > 0,
      )
      .map((el) => `${el.localName}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
    const buttons = [...container.querySelectorAll('[part~=actions] button')].map((b) => ({
      text: b.textContent.trim(),
      ...box(b).toJSON(),
      clipped: b.scrollHeight > b.clientHeight + 1,
    }));
    return { overflowing, buttons, width: innerWidth, direction: getComputedStyle(container).direction };
  }, selector);

for (const lang of ['de', 'fi', 'hu', 'ar']) {
  test(`${lang} at 320 px: the banner and its preferences fit, and "Accept all" and "Reject all" are the same size`, async () => {
    const { page, problems } = await harness.page(`/test/e2e/pages/language.html?lang=${lang}`, {
      viewport: { width: 320, height: 640 },
    });
    await page.waitForFunction(() =>
      document.querySelector('privacy-banner')?.shadowRoot?.querySelector('[part~=actions] button'),
    );
    const first = await measure(page, '[part~=panel]');
    assert.deepEqual(first.overflowing, [], 'nothing wider than its box');
    const [accept, reject] = first.buttons;
    assert.ok(!/Accept all/.test(accept.text), `${lang}: ${accept.text}`);
    assert.ok(
      accept.width > 0 && Math.abs(accept.width - reject.width) < 1 && Math.abs(accept.height - reject.height) < 1,
      JSON.stringify(first.buttons),
    );
    assert.ok(
      first.buttons.every((b) => !b.clipped && b.x >= 0 && b.x + b.width <= first.width + 0.5),
      JSON.stringify(first.buttons),
    );
    mkdirSync('.test-results/screenshots', { recursive: true });
    await page.screenshot({ path: `.test-results/screenshots/banner-${lang}-320.png` });
    await page.locator('privacy-banner [part~=actions] button').nth(2).click();
    await page.locator('privacy-banner dialog').waitFor({ state: 'visible' });
    const dialog = await measure(page, 'dialog');
    assert.deepEqual(dialog.overflowing, []);
    await page.screenshot({ path: `.test-results/screenshots/preferences-${lang}-320.png` });
    assert.equal(first.direction, lang === 'ar' ? 'rtl' : 'ltr');
    // Wide enough for the choices side by side: right to left puts the first on the right.
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 900, height: 640 });
    await page.locator('privacy-banner').evaluate((el) => el.openBanner());
    await page.waitForFunction(() =>
      document.querySelector('privacy-banner').shadowRoot.querySelector('[part~=panel] [part~=actions] button'),
    );
    const [wideAccept, wideReject] = (await measure(page, '[part~=panel]')).buttons;
    assert.equal(wideAccept.y, wideReject.y, 'side by side');
    assert.ok(
      lang === 'ar' ? wideAccept.x > wideReject.x : wideAccept.x < wideReject.x,
      JSON.stringify([wideAccept, wideReject]),
    );
    assert.ok(Math.abs(wideAccept.width - wideReject.width) < 1 && Math.abs(wideAccept.height - wideReject.height) < 1);
    assert.deepEqual(problems.errors, []);
  });
}

test('a page whose language changes shows the banner in the new language', async () => {
  const { page } = await harness.page('/test/e2e/pages/language.html?lang=de');
  const firstButton = () => page.locator('privacy-banner [part~=actions] button').first().textContent();
  await page.waitForFunction(() =>
    document.querySelector('privacy-banner')?.shadowRoot?.querySelector('[part~=actions] button'),
  );
  assert.equal((await firstButton()).trim(), 'Alle akzeptieren');
  await page.evaluate(() => (document.documentElement.lang = 'fr'));
  await page.waitForFunction(
    () =>
      document.querySelector('privacy-banner').shadowRoot.querySelector('[part~=actions] button').textContent.trim() ===
      'Tout accepter',
  );
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await page.waitForFunction(
    () =>
      document.querySelector('privacy-banner').shadowRoot.querySelector('[part~=actions] button').textContent.trim() ===
      'Accept all',
  );
});
