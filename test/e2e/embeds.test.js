// Embeds wait for consent: the provider (a second local server, reached as video.provider.test)
// receives no request before the visitor grants the category or loads the embed once.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { openHarness } from './harness.js';

const PROVIDER = 'video.provider.test';
let harness;
let provider;
let hits = [];

before(async () => {
  provider = createServer((req, res) => {
    hits.push(req.url);
    if (req.url.startsWith('/embed.html')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>Player</title><p>The provider player.</p>');
    }
    res.writeHead(200, { 'content-type': 'image/svg+xml' });
    res.end('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>');
  });
  await new Promise((ok) => provider.listen(0, '127.0.0.1', ok));
  harness = await openHarness({ args: [`--host-resolver-rules=MAP ${PROVIDER} 127.0.0.1:${provider.address().port}`] });
});
after(async () => {
  await harness.close();
  await new Promise((ok) => provider.close(ok));
});
beforeEach(() => (hits = []));

/** The page, with every request it makes to the provider recorded. */
async function open(path) {
  const opened = await harness.page(path);
  const asked = [];
  opened.page.on('request', (r) => new URL(r.url()).hostname === PROVIDER && asked.push(r.url()));
  await opened.page.locator('privacy-embed-placeholder button').first().waitFor();
  return { ...opened, asked };
}

test('no request reaches the provider before consent; "Always allow" records it and loads every embed of the category', async () => {
  const { page, context, problems, asked } = await open('/test/e2e/pages/embeds/index.html');
  await page.waitForTimeout(300);
  assert.deepEqual(hits, []);
  assert.deepEqual(asked, []);
  assert.equal(await page.locator('iframe').getAttribute('src'), null);
  const text = await page.locator('privacy-embed-placeholder p').first().textContent();
  assert.equal(text, 'This content comes from Example Video. Loading it lets Example Video set cookies for Marketing.');
  const box = await page.locator('privacy-embed-placeholder').first().boundingBox();
  assert.deepEqual([Math.round(box.width), Math.round(box.height)], [560, 315]);

  await page.locator('privacy-embed-placeholder button', { hasText: 'Always allow Marketing' }).first().click();
  await page.frameLocator('iframe').locator('text=The provider player.').waitFor();
  await page.waitForFunction(() => document.querySelector('img').complete);
  assert.deepEqual(hits.sort(), ['/embed.html', '/thumb.svg']);
  const record = await page.evaluate(() => window.PrivacyElements.getConsent());
  assert.deepEqual([record.method, record.choices.marketing], ['save', true]);
  assert.equal(await page.locator('privacy-embed-placeholder').count(), 0);
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test('"Load this once" loads that embed only and records nothing; Reject all loads nothing', async () => {
  const { page, context, asked } = await open('/test/e2e/pages/embeds/index.html');
  await page.locator('privacy-banner button', { hasText: 'Reject all' }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(asked, []);
  await page.locator('privacy-embed-placeholder button', { hasText: 'Load this once' }).first().click();
  await page.frameLocator('iframe').locator('text=The provider player.').waitFor();
  assert.deepEqual(hits, ['/embed.html']);
  assert.equal(await page.locator('img').getAttribute('src'), null);
  const record = await page.evaluate(() => window.PrivacyElements.getConsent());
  assert.deepEqual([record.method, record.choices.marketing], ['reject', false]);
  await context.close();
});

test('under the strict CSP with Trusted Types: the placeholder shows and the embed loads with zero violations', async () => {
  const { page, context, problems } = await open('/test/e2e/pages/embeds/embed.strict.html');
  // As wide as the embed, and at least as tall: the text and buttons may need more in a small one.
  const box = await page.locator('privacy-embed-placeholder').boundingBox();
  assert.equal(Math.round(box.width), 400);
  assert.ok(box.height >= 200, `height ${box.height}`);
  await page.locator('privacy-embed-placeholder button', { hasText: 'Load this once' }).click();
  await page.frameLocator('iframe').locator('text=Embedded on the same origin.').waitFor();
  assert.deepEqual(problems.violations, []);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
