// Each element worked by keyboard alone, as a visitor would on a real page:
// focus is never lost to <body>, and the banner never hides the focused
// element of the page (WCAG 2.4.11).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './harness.js';

let harness;
before(async () => (harness = await openHarness()));
after(() => harness.close());

/** Where focus is, looking through shadow roots, and whether the banner covers it. */
const where = (page) =>
  page.evaluate(async () => {
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))); // what the visitor sees next
    let el = document.activeElement;
    const host = el;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const rect = el.getBoundingClientRect();
    const topmost = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      tag: el.localName,
      host: host.localName,
      text: (el.textContent || el.getAttribute('aria-label') || el.id || '').replace(/\s+/g, ' ').trim().slice(0, 60),
      expanded: el.getAttribute('aria-expanded'),
      coveredByBanner: host.localName !== 'privacy-banner' && topmost?.localName === 'privacy-banner',
      inViewport: rect.bottom > 0 && rect.top < innerHeight,
    };
  });

async function tabTo(page, text, { shift = false, max = 80 } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    const now = await where(page);
    seen.push(`${now.host}>${now.tag}:${now.text}`);
    assert.notEqual(now.tag, 'body', `focus was lost to body after ${seen.join(' | ')}`);
    assert.equal(now.inViewport, true, `the focused ${now.tag} "${now.text}" is off screen after ${seen.join(' | ')}`);
    assert.equal(
      now.coveredByBanner,
      false,
      `the banner covers the focused ${now.tag} "${now.text}" ${JSON.stringify(now)} after ${seen.join(' | ')}`,
    );
    if (now.text === text || now.text.startsWith(text)) return now;
  }
  assert.fail(`never reached "${text}": ${seen.join(' | ')}`);
}

const ready = (page, tag, selector = 'button') =>
  page.waitForFunction(([t, s]) => document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector]);

test('summary, request, signals and banner by keyboard alone, focus never lost or hidden', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/keyboard.html', {
    viewport: { width: 800, height: 600 },
  });
  for (const tag of ['privacy-banner', 'privacy-summary', 'privacy-request']) await ready(page, tag);
  await ready(page, 'privacy-signals', 'p, section');

  // Summary: a section opens and closes with Enter and Space; focus stays on its toggle.
  const toggle = await tabTo(page, 'Data we collect');
  assert.equal(toggle.expanded, 'false');
  await page.keyboard.press('Enter');
  assert.equal((await where(page)).expanded, 'true');
  await page.keyboard.press('Space');
  assert.equal((await where(page)).expanded, 'false');

  // Request: open, pick a right, fill in the form, send; then close with Escape.
  await tabTo(page, 'Make a privacy request');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('privacy-request').shadowRoot.querySelector('dialog[open]'));
  assert.equal((await where(page)).host, 'privacy-request', 'focus moves into the dialog');
  await tabTo(page, 'Right of access', { max: 20 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('privacy-request').shadowRoot.querySelector('form'));
  assert.deepEqual(
    await where(page).then((f) => [f.tag, f.text]),
    ['h3', 'Right of access'],
    'focus moves to the chosen right',
  );
  await tabTo(page, 'email', { max: 3 }); // the fields are named by their ids
  await page.keyboard.type('visitor@example.com');
  await page.keyboard.press('Tab');
  assert.equal((await where(page)).text, 'accountIdentifier');
  await page.keyboard.type('C-1001');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Reference:/.test(document.querySelector('privacy-request').shadowRoot.textContent));
  assert.notEqual((await where(page)).tag, 'body', 'focus stays in the dialog after sending');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('privacy-request').shadowRoot.querySelector('dialog[open]'));
  const back = await where(page);
  assert.equal(back.host, 'privacy-request', 'focus returns to the launcher');

  // The links under the banner scroll into view above it when focused.
  await tabTo(page, 'First link at the bottom');
  await tabTo(page, 'Second link at the bottom');

  // Banner: Accept all by keyboard; focus moves to the way back, not to body.
  await tabTo(page, 'Accept all');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => /privacy_consent=/.test(document.cookie));
  const after = await where(page);
  assert.equal(after.host, 'privacy-banner');
  assert.notEqual(after.tag, 'body');
  assert.equal(after.text, 'Privacy choices', 'focus is on the way back');
  // The way back is really there to see: inside the viewport, the topmost thing at its centre, not transparent.
  const reopen = await page.evaluate(() => {
    const host = document.querySelector('privacy-banner');
    const button = host.shadowRoot.querySelector('[part~="reopen"]');
    const r = button.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const style = getComputedStyle(button);
    return {
      inViewport:
        r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
      hit: document.elementFromPoint(x, y) === host && button.contains(host.shadowRoot.elementFromPoint(x, y)),
      visible:
        style.visibility === 'visible' &&
        Number(style.opacity) > 0 &&
        button.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      box: [r.left, r.top, r.right, r.bottom].map(Math.round).join(','),
    };
  });
  assert.deepEqual(
    reopen,
    { inViewport: true, hit: true, visible: true, box: reopen.box },
    `the Privacy choices button at ${reopen.box} is not plainly on screen`,
  );
  assert.equal((await page.evaluate(() => window.PrivacyElements.getConsent())).method, 'accept');

  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.violations, []);
});
