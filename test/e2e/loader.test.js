// The script tag as an on-demand loader: what a page fetches, when, and what happens when a chunk cannot be had.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './harness.js';

let harness;
before(async () => (harness = await openHarness()));
after(() => harness.close());

const paths = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
const bannerReady = (page) =>
  page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));

test('a marketing page fetches the loader, the banner, the policy and its language, and nothing else; no English shows first', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/german.html', {
    // Every frame until the banner has buttons: the first words it ever shows.
    initScript: () => {
      const look = () => {
        const button = document.querySelector('privacy-banner')?.shadowRoot?.querySelector('[part~=actions] button');
        if (!button) return requestAnimationFrame(look);
        window.firstWords = button.textContent.trim();
        window.shownAt = performance.now();
      };
      requestAnimationFrame(look);
    },
  });
  await bannerReady(page);
  await page.waitForFunction(() => window.firstWords);
  assert.equal(await page.evaluate(() => window.firstWords), 'Alle akzeptieren');
  const fetched = await paths(page);
  // What was asked for before the first layer showed; after it, at idle time, only the dialog's code and strings.
  const timed = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, e.startTime < window.shownAt]),
  );
  const early = timed.filter(([, before]) => before).map(([p]) => p);
  for (const [p, before] of timed)
    if (!before) assert.match(p, /\/shared\/banner-preferences-|\/locales\/de\/preferences\.js$|\/shared\//, p);
  // The browser's own favicon request is not the page's.
  const own = early.filter((p) => !p.startsWith('/dist/chunks/shared/') && p !== '/favicon.ico');
  assert.deepEqual(own.sort(), [
    '/dist/chunks/locales/de/banner.js',
    '/dist/chunks/privacy-banner.js',
    '/dist/chunks/runtime.js',
    '/dist/privacy-elements.min.js',
    '/test/e2e/pages/consent-policy.json',
  ]);
  assert.ok(
    !fetched.some((p) =>
      /chunks\/privacy-(summary|request|signals)\.js|locales\/de\/(summary|request|signals|all)\.js/.test(p),
    ),
    `no other element's code: ${fetched}`,
  );
  assert.ok(!fetched.some((p) => /validate-/.test(p)), `a valid policy brings no validator: ${fetched}`);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
});

test('an element added later loads its code once and renders', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/only-script.html');
  await bannerReady(page);
  assert.equal((await paths(page)).filter((p) => p.includes('privacy-summary')).length, 0);
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++)
      document.body.append(
        Object.assign(document.createElement('div'), { innerHTML: '<privacy-summary></privacy-summary>' }),
      );
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('privacy-summary')].every((s) =>
      s.shadowRoot?.textContent.includes('Example Shop Ltd'),
    ),
  );
  assert.equal((await paths(page)).filter((p) => p === '/dist/chunks/privacy-summary.js').length, 1);
  assert.deepEqual(problems.errors, []);
});

test('a chunk that cannot be loaded grants nothing, leaves the page working and reports the file once', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/only-script.html', {
    initScript: () => document.addEventListener('privacy-error', (e) => (window.errors ??= []).push(e.detail)),
    before: (context) =>
      context.route('**/dist/chunks/privacy-banner.js', (route) => route.fulfill({ status: 404, body: '' })),
  });
  await page.waitForFunction(() => window.errors?.length);
  await page.waitForTimeout(300);
  const errors = await page.evaluate(() => window.errors);
  assert.equal(errors.length, 1);
  assert.match(errors[0].source, /\/dist\/chunks\/privacy-banner\.js$/);
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(problems.errors, [], 'no uncaught exception on the page');
  assert.equal(problems.consoleErrors.filter((e) => e.includes('privacy-banner.js')).length >= 1, true);
});

test('openPreferences() called before the code arrives opens the preferences once it does', async () => {
  let release;
  const held = new Promise((ok) => (release = ok));
  const { page, problems } = await harness.page('/test/e2e/pages/only-script.html', {
    before: (context) =>
      context.route('**/dist/chunks/runtime.js', async (route) => {
        await held;
        await route.continue();
      }),
  });
  await page.waitForFunction(() => window.PrivacyElements);
  await page.evaluate(() => window.PrivacyElements.openPreferences());
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
  release();
  await page.locator('privacy-banner dialog').waitFor({ state: 'visible' });
  assert.deepEqual(problems.errors, []);
});

test('a language whose strings cannot be loaded falls back to English and says so once', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/german.html', {
    before: (context) =>
      context.route('**/dist/chunks/locales/**', (route) => route.fulfill({ status: 404, body: '' })),
  });
  await bannerReady(page);
  const buttons = await page.locator('privacy-banner button:visible').allTextContents();
  assert.ok(
    buttons.some((b) => /Accept all/.test(b)),
    `${buttons}`,
  );
  assert.equal(problems.consoleErrors.filter((e) => e.includes('locales/de/banner.js')).length, 1);
  assert.deepEqual(problems.errors, []);
});

/** The privacy-error details each element fired on a page, once both elements reported. */
async function reportedErrors(build) {
  const { page, problems } = await harness.page(`/test/e2e/pages/invalid-policy.${build}.html`, {
    initScript: () =>
      document.addEventListener('privacy-error', (e) =>
        (window.errors ??= []).push({ tag: e.target.localName, ...e.detail }),
      ),
  });
  await page.waitForFunction(() => window.errors?.length >= 2);
  await page.waitForTimeout(200);
  const errors = await page.evaluate(() => window.errors);
  return { page, problems, errors, fetched: await paths(page) };
}

test('a broken policy: the development build names every problem with its path, the production build the same after loading the validator', async () => {
  const dev = await reportedErrors('dev');
  const prod = await reportedErrors('min');
  const byTag = (errors) => Object.fromEntries(errors.map((e) => [e.tag, e.issues]));
  const expected = [
    '$.effectiveDate',
    '$.controller.email',
    '$.url',
    '$.cookies.categories[2].id',
    '$.cookies.categories[0].uses',
    '$.recipients[0].categories[0]',
    '$.recipients[0].purpose',
  ];
  for (const { errors } of [dev, prod]) {
    assert.deepEqual(errors.map((e) => e.tag).sort(), ['privacy-banner', 'privacy-summary']);
    for (const e of errors) assert.deepEqual(e.issues.map((i) => i.path).sort(), [...expected].sort());
  }
  assert.deepEqual(byTag(prod.errors), byTag(dev.errors));
  // The production page brought the validator only because the guard refused; the development page from the start.
  assert.ok(
    prod.fetched.some((p) => /\/shared\/validate-/.test(p)),
    `${prod.fetched}`,
  );
  assert.ok(dev.fetched.includes('/dist/chunks/development.js'), `${dev.fetched}`);
  for (const { page, problems } of [dev, prod]) {
    assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.equal(await page.locator('privacy-banner [part~=status]').count(), 1);
    assert.deepEqual(problems.errors, []);
  }
});

test('a preferences dialog whose code cannot be loaded grants nothing, reports once per attempt and leaves the page working', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/only-script.html', {
    initScript: () => document.addEventListener('privacy-error', (e) => (window.errors ??= []).push(e.detail)),
    before: (context) =>
      context.route('**/dist/chunks/shared/banner-preferences-*.js', (route) =>
        route.fulfill({ status: 404, body: '' }),
      ),
  });
  await bannerReady(page);
  await page.locator('privacy-banner button', { hasText: 'Customize' }).click();
  await page.waitForFunction(() => window.errors?.length === 1);
  const [error] = await page.evaluate(() => window.errors);
  assert.equal(error.source, 'preferences');
  assert.match(error.issues[0].message, /the preferences could not be loaded/);
  assert.equal(await page.locator('privacy-banner dialog').count(), 0);
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
  assert.equal(await page.evaluate(() => document.cookie), '');
  // The first layer still works: a refusal is kept.
  await page.locator('privacy-banner button', { hasText: 'Reject all' }).click();
  await page.waitForFunction(() => document.cookie.includes('privacy_consent'));
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
  assert.deepEqual(problems.errors, [], 'no uncaught exception on the page');
});
