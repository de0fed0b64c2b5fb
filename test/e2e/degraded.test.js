// The page keeps working when the browser takes things away: in a sandboxed
// frame (an opaque origin) reading document.cookie and localStorage throws and
// the site's own files cannot be fetched; elsewhere fetch is missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './harness.js';

let harness;
before(async () => (harness = await openHarness()));
after(() => harness.close());

const shadowText = (frame, tag) =>
  frame.evaluate((t) => document.querySelector(t)?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '', tag);

test('no cookies, no storage, no same-origin fetch: a message, a choice for this page only, no error on the page', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/sandboxed.html', {
    initScript: () => {
      window.__errors = [];
      addEventListener('error', (e) => window.__errors.push(String(e.error ?? e.message)));
      addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
    },
  });
  const frame =
    page.frames().find((f) => f.url().endsWith('sandboxed-frame.html')) ??
    (await (await page.waitForSelector('iframe')).contentFrame());
  await frame.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
  assert.equal(
    await frame.evaluate(() => {
      try {
        return document.cookie;
      } catch (e) {
        return e.name;
      }
    }),
    'SecurityError',
    'cookies really are unavailable here',
  );

  // The summary's policy URL cannot be fetched from an opaque origin: it says so instead of loading forever.
  await frame.waitForFunction(
    () => document.querySelector('privacy-summary')?.shadowRoot?.querySelector('[role=alert]'),
    null,
    { timeout: 12_000 },
  );
  assert.match(await shadowText(frame, 'privacy-summary'), /could not be loaded/);

  // The banner (inline manifest) still asks, and a choice holds for this page view, with a note.
  await frame.locator('privacy-banner button', { hasText: 'Accept all' }).click();
  assert.equal(await frame.evaluate(() => window.PrivacyElements.isGranted('analytics')), true);
  assert.match(await shadowText(frame, 'privacy-banner'), /blocks cookies, so this choice applies to this page only/);
  assert.deepEqual(await frame.evaluate(() => window.__errors), [], 'no uncaught error inside the frame');
  assert.deepEqual(problems.errors, []);
});

test('a browser without fetch: elements with a policy URL say they cannot load it, and nothing throws', async () => {
  const { page, problems } = await harness.page('/test/e2e/pages/only-script.html', {
    initScript: () => delete window.fetch,
  });
  await page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('[role=alert]'));
  assert.match(await shadowText(page, 'privacy-banner'), /could not be loaded.*Nothing optional has been enabled/);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.deepEqual(problems.errors, []);
});
