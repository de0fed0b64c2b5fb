// A sibling subdomain plants a consent cookie for the whole site on a longer path: evil.shop.test sets
// privacy_consent with domain=shop.test; path=/test/e2e/pages. On www.shop.test the browser then sends
// that copy before the visitor's own. The library must grant nothing on it, ask again, and a new choice
// must remove it, so that it is not back after a reload.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../demo/server.js';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.js';

let server;
let browser;
let port;
before(async () => {
  ({ server } = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'privacy-sibling-')) }));
  port = server.address().port;
  browser = await chromium.launch({
    executablePath: chromePath(),
    args: [
      ...CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
      '--host-resolver-rules=MAP *.shop.test 127.0.0.1',
    ],
    headless: true,
  });
});
after(async () => {
  await browser.close();
  await new Promise((ok) => server.close(ok));
});

const PAGE = '/test/e2e/pages/only-script.html';
const banner = (page) =>
  page.waitForFunction(() => document.querySelector('privacy-banner')?.shadowRoot?.querySelector('button'));
const shown = (page) =>
  page.evaluate(() => !!document.querySelector('privacy-banner').shadowRoot.querySelector('[part~="panel"]'));
const noteText = (page) =>
  page.evaluate(
    () => document.querySelector('privacy-banner').shadowRoot.querySelector('[part~="note"]')?.textContent ?? '',
  );

test('a grant planted by a sibling subdomain grants nothing, the visitor is asked again, and their new choice removes it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  // The visitor refuses on www.
  await page.goto(`http://www.shop.test:${port}${PAGE}`);
  await banner(page);
  await page.locator('privacy-banner button', { hasText: 'Reject all' }).click();
  await page.waitForFunction(() => /privacy_consent=/.test(document.cookie));

  // A page on the sibling plants a granting record for the whole site, on the path of www's pages.
  const evil = await context.newPage();
  await evil.goto(`http://evil.shop.test:${port}/test/e2e/pages/page.css`);
  await evil.evaluate(() => {
    const now = Date.now();
    const forged = {
      id: 'forged',
      timestamp: new Date(now).toISOString(),
      policyVersion: '2026-11-01',
      language: 'en',
      choices: { necessary: true, analytics: true, ads: true },
      method: 'accept',
      gpc: null,
      dnt: null,
      expires: new Date(now + 30 * 864e5).toISOString(),
    };
    document.cookie = `privacy_consent=${encodeURIComponent(JSON.stringify(forged))}; domain=shop.test; path=/test/e2e/pages`;
  });

  await page.reload();
  await banner(page);
  assert.equal(
    (await page.evaluate(() => document.cookie)).match(/privacy_consent=/g).length,
    2,
    'the browser sends both copies',
  );
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('analytics')), false);
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('ads')), false);
  assert.equal(await shown(page), true, 'asked again');

  await page.locator('privacy-banner button', { hasText: 'Reject all' }).click();
  await page.waitForFunction(() => document.cookie.match(/privacy_consent=/g)?.length === 1);
  assert.doesNotMatch(await noteText(page), /blocks cookies/, 'the browser keeps cookies and is not blamed');

  await page.reload();
  await banner(page);
  assert.equal(await page.evaluate(() => window.PrivacyElements.isGranted('ads')), false);
  assert.equal(await page.evaluate(() => window.PrivacyElements.getConsent()?.method), 'reject');
  assert.equal(await shown(page), false, 'the refusal holds after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});
