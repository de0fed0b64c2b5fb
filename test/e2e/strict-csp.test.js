// The script-tag build under the strictest policy we promise: no unsafe-inline,
// Trusted Types required. Every element renders and operates with zero violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './harness.js';

let harness;
before(async () => (harness = await openHarness()));
after(() => harness.close());

const ready = (page, tag, selector = 'button, p, section') =>
  page.waitForFunction(([t, s]) => document.querySelector(t)?.shadowRoot?.querySelector(s), [tag, selector]);

test('the page is really served with the strict policy', async () => {
  const response = await fetch(`${harness.url}/test/e2e/pages/all.strict.html`);
  const csp = response.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self'; style-src 'self'/);
  assert.match(csp, /require-trusted-types-for 'script'; trusted-types privacy-elements lit-html$/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
});

test('every element renders and operates with zero CSP violations', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/all.strict.html');
  for (const tag of ['privacy-banner', 'privacy-summary', 'privacy-signals', 'privacy-request']) await ready(page, tag);

  // Banner: the gated script waits, then runs once after Accept all.
  assert.equal(await page.evaluate(() => window.analyticsRuns), undefined);
  await page.locator('privacy-banner button', { hasText: 'Accept all' }).click();
  await page.waitForFunction(() => window.analyticsRuns === 1);
  assert.match(await page.evaluate(() => document.cookie), /privacy_consent=/);

  // Reopen from the page's own control; withdraw analytics; the script does not run again.
  await page.locator('button[data-privacy-open]').click();
  const dialog = page.locator('privacy-banner dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.locator('privacy-banner dialog input:not([disabled])').first().click();
  await page.locator('privacy-banner dialog button', { hasText: 'Save choices' }).click();
  await dialog.waitFor({ state: 'hidden' });
  const record = await page.evaluate(() => window.PrivacyElements.getConsent());
  assert.equal(record.choices.analytics, false);
  assert.equal(await page.evaluate(() => window.analyticsRuns), 1);

  // Summary: every expand control works. The page opens every section (open="all"): a click closes one, the next opens it again.
  const toggles = await page.locator('privacy-summary button[aria-expanded]').all();
  assert.ok(toggles.length > 0, 'no section toggles');
  /** The toggle's aria-expanded and whether the panel it controls is shown, once the summary has rendered. */
  const state = (toggle) =>
    toggle.evaluate(async (button) => {
      await button.getRootNode().host.updateComplete;
      const panel = button.getRootNode().getElementById(button.getAttribute('aria-controls'));
      return [button.getAttribute('aria-expanded'), !!panel && panel.checkVisibility()];
    });
  for (const toggle of toggles) {
    const name = await toggle.textContent();
    assert.deepEqual(await state(toggle), ['true', true], `${name} starts open`);
    await toggle.click();
    assert.deepEqual(await state(toggle), ['false', false], `${name} closes`);
    await toggle.click();
    assert.deepEqual(await state(toggle), ['true', true], `${name} opens again`);
  }

  // Request: open the dialog, then close it with Escape.
  await page.locator('privacy-request button').first().click();
  const requestDialog = page.locator('privacy-request dialog');
  await requestDialog.waitFor({ state: 'visible' });
  assert.equal(await requestDialog.evaluate((d) => d.open), true);
  await page.keyboard.press('Escape');
  await requestDialog.waitFor({ state: 'hidden', timeout: 2000 });
  assert.equal(await requestDialog.evaluate((d) => d.open), false, 'Escape closes the request dialog');

  assert.deepEqual(problems.violations, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
});
