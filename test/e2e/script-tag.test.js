// The script-tag build on plain pages, as a marketing site uses it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openHarness } from './harness.js';

let harness;
const shadowText = (page, tag) => page.evaluate((t) => document.querySelector(t).shadowRoot.textContent, tag);
before(async () => (harness = await openHarness()));
after(() => harness.close());

test('a plain page with only the script tag shows the banner', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/only-script.html');
  const banner = page.locator('privacy-banner');
  await banner.waitFor({ state: 'attached' });
  await page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
  const buttons = await page.locator('privacy-banner button:visible').allTextContents();
  assert.ok(
    buttons.some((b) => /Accept all/.test(b)),
    `buttons: ${buttons}`,
  );
  assert.ok(
    buttons.some((b) => /Reject all/.test(b)),
    `buttons: ${buttons}`,
  );
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(await page.evaluate(() => document.cookie), '', 'nothing is stored before a choice');
});

test("the loader and the chunks that run on arrival open with V8's compile hint, alone on the first line", () => {
  // Chromium compiles every function of such a file while streaming it, off the main thread.
  for (const file of [
    'dist/privacy-elements.min.js',
    'dist/privacy-banner.min.js',
    'dist/chunks/runtime.js',
    'dist/chunks/privacy-banner.js',
  ]) {
    const [first, second] = readFileSync(file, 'utf8').split('\n', 2);
    assert.equal(first, '//# allFunctionsCalledOnLoad', file);
    assert.ok(second.trim().length > 0, `${file}: the code follows the hint`);
  }
  assert.equal(
    readFileSync('dist/privacy-banner.min.js', 'utf8'),
    readFileSync('dist/privacy-elements.min.js', 'utf8'),
    "the banner script's name serves the same loader",
  );
});

test('the script tag defines the elements the page has, and exposes the page API as window.PrivacyElements', async () => {
  const { page } = await harness.page('/test/e2e/pages/banner-off.html');
  await page.waitForFunction(() => customElements.get('privacy-signals'));
  const defined = await page.evaluate(() =>
    ['privacy-banner', 'privacy-summary', 'privacy-signals', 'privacy-request'].map((t) => !!customElements.get(t)),
  );
  assert.deepEqual(defined, [false, false, true, false]);
  assert.equal(await page.evaluate(() => typeof window.PrivacyElements.openPreferences), 'function');
});

test('data-banner="off" mounts no banner, and elements use the script’s policy', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/banner-off.html');
  await page.waitForFunction(() =>
    document.querySelector('privacy-signals')?.shadowRoot?.textContent.includes('signal'),
  );
  assert.equal(await page.locator('privacy-banner').count(), 0);
  assert.match(await shadowText(page, 'privacy-signals'), /We do not respond to Do Not Track/);
  assert.deepEqual(problems.errors, []);
});

test('GPC sent by the browser reaches the elements (init script)', async () => {
  const { page } = await harness.page('/test/e2e/pages/banner-off.html', {
    initScript: () =>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }),
  });
  await page.waitForFunction(() =>
    document.querySelector('privacy-signals')?.shadowRoot?.textContent.includes('Global Privacy Control'),
  );
  assert.match(await shadowText(page, 'privacy-signals'), /Global Privacy Control signal was detected and honoured/);
});

test('the demo server serves /.well-known/gpc.json as application/json', async () => {
  const response = await fetch(`${harness.url}/.well-known/gpc.json`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/json');
  const body = await response.json();
  assert.equal(typeof body.gpc, 'boolean');
  assert.match(body.lastUpdate, /^\d{4}-\d{2}-\d{2}$/);
});

test('without any element, the script tag still applies an honoured GPC: event and Consent Mode', async () => {
  const { page } = await harness.page('/test/e2e/pages/signals-only.html', {
    initScript: () => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
      window.dataLayer = [];
      document.addEventListener('privacy-signal', (e) => (window.signalDetail = e.detail));
    },
  });
  await page.waitForFunction(() => window.signalDetail);
  const detail = await page.evaluate(() => window.signalDetail);
  assert.equal(detail.gpcHonoured, true);
  assert.deepEqual(detail.locked, ['ads']);
  const pushed = await page.evaluate(() => window.dataLayer.map((args) => Array.from(args)));
  assert.deepEqual(pushed, [
    ['consent', 'update', { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }],
  ]);
  assert.equal(await page.locator('privacy-banner').count(), 0);
});

test("the banner script's name mounts the banner, loads the other elements the page shows, and works under a strict CSP", async () => {
  const served = await fetch(`${harness.url}/test/e2e/pages/banner-script.strict.html`);
  assert.match(served.headers.get('content-security-policy'), /require-trusted-types-for 'script'/);
  const { page, problems } = await harness.page('/test/e2e/pages/banner-script.strict.html', {
    initScript: () => document.addEventListener('privacy-signal', (e) => (window.signalDetail = e.detail)),
  });
  await page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
  const defined = await page.evaluate(() =>
    ['privacy-banner', 'privacy-summary', 'privacy-signals', 'privacy-request'].map((t) => !!customElements.get(t)),
  );
  await page.waitForFunction(() => customElements.get('privacy-summary'));
  assert.deepEqual(defined.slice(2), [false, false], 'no code for elements the page does not show');
  assert.deepEqual(await page.evaluate(() => Object.keys(window.PrivacyElements).sort()), [
    'configure',
    'getConsent',
    'isGranted',
    'load',
    'onConsentChange',
    'openBanner',
    'openPreferences',
    'registerCatalog',
  ]);
  await page.waitForFunction(() => window.signalDetail);
  assert.equal(await page.evaluate(() => document.cookie), '', 'nothing is stored before a choice');
  assert.equal(await page.evaluate(() => window.analyticsRuns), undefined);

  await page.locator('privacy-banner button', { hasText: 'Accept all' }).click();
  await page.waitForFunction(() => window.analyticsRuns === 1);
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), true);

  await page.locator('button[data-privacy-open]').click();
  const dialog = page.locator('privacy-banner dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.locator('privacy-banner dialog input:not([disabled])').first().click();
  await page.locator('privacy-banner dialog button', { hasText: 'Save choices' }).click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);

  assert.deepEqual(problems.violations, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('with async, the script runs whenever it arrives: banner, summary and gated script, on a first visit and a return', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/async.html');
  await page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
  await page.waitForFunction(() =>
    document.querySelector('privacy-summary')?.shadowRoot?.textContent.includes('Example Shop'),
  );
  assert.equal(await page.evaluate(() => document.querySelector('privacy-banner').parentElement.localName), 'body');
  assert.equal(await page.evaluate(() => window.analyticsRuns), undefined, 'held before a choice');
  await page.locator('privacy-banner button', { hasText: 'Accept all' }).click();
  await page.waitForFunction(() => window.analyticsRuns === 1);
  await page.reload();
  await page.waitForFunction(() => window.analyticsRuns === 1, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), true);
  const prompt = await page.locator('privacy-banner button:visible', { hasText: 'Reject all' }).count();
  assert.equal(prompt, 0, 'a returning visitor is not asked again');
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('data-policy="#id" reads the policy the page carries: no request for it, even from a script in the head', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/inline-policy.strict.html', {
    initScript: () => document.addEventListener('privacy-signal', (e) => (window.signalDetail = e.detail)),
  });
  await page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
  await page.waitForFunction(() =>
    document.querySelector('privacy-summary')?.shadowRoot?.textContent.includes('Example Shop Ltd'),
  );
  await page.waitForFunction(() => window.signalDetail);
  await page.waitForFunction(() =>
    document.querySelector('privacy-signals')?.shadowRoot?.textContent.includes('signal'),
  );
  assert.match(await shadowText(page, 'privacy-signals'), /We do not respond to Do Not Track/);
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.initiatorType === 'fetch')
      .map((e) => e.name),
  );
  assert.deepEqual(fetched, [], 'the policy is not fetched');
  await page.locator('privacy-banner button', { hasText: 'Reject all' }).click();
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
  assert.deepEqual(problems.violations, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
});

for (const [page, build] of [
  ['clobbered-img.html', 'full script, an <img name="currentScript"> before it'],
  ['clobbered-form.html', 'banner script with defer, a <form name="currentScript"> at the end of the body'],
]) {
  test(`markup that claims the script tag's name cannot swap the policy (${build})`, async () => {
    const { page: tab, problems } = await harness.page(`/test/e2e/pages/${page}`);
    await tab.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
    const requested = await tab.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    assert.ok(requested.includes('/test/e2e/pages/consent-policy.json'), `requests: ${requested}`);
    assert.ok(!requested.includes('/test/e2e/pages/hostile-policy.json'), 'the injected policy is never fetched');
    const buttons = await tab.locator('privacy-banner button:visible').allTextContents();
    assert.ok(
      buttons.some((b) => /Reject all/.test(b)),
      `the real policy's opt-in prompt: ${buttons}`,
    );
    assert.equal(await tab.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
    assert.equal(await tab.evaluate(() => window.analyticsRuns), undefined, 'the gated script stays held');
    assert.equal(await tab.evaluate(() => document.querySelector('privacy-banner').parentElement.localName), 'body');
    assert.deepEqual(problems.errors, []);
  });
}
