// A refusal removes what the refused categories stored: cookies set on the host, on the parent
// domain and on a sub-path, by name and by pattern, and storage keys. The page is served as
// www.shop.example.co.uk (resolved to the local server), so parent domains are real cookie domains.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './harness.js';

const HOST = 'www.shop.example.co.uk';
const PAGE = '/test/e2e/pages/cleanup/index.html';
let harness;
before(
  async () =>
    (harness = await openHarness({
      args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP *.example.co.uk 127.0.0.1`],
    })),
);
after(() => harness.close());

test('Reject all deletes matching cookies on every domain and path of the page, and storage keys; remaining lists only what the page could not delete', async () => {
  const port = new URL(harness.url).port;
  const origin = `http://${HOST}:${port}`;
  const context = await harness.browser.newContext();
  const cookie = (name, domain, path = '/', extra = {}) => ({ name, value: '1', domain, path, ...extra });
  await context.addCookies([
    cookie('_ga', HOST),
    cookie('_ga', '.example.co.uk'),
    cookie('_ga_ABC123', '.example.co.uk'),
    cookie('_ga_SUBPATH', '.shop.example.co.uk', '/test/e2e/pages/cleanup'),
    cookie('_ga_SLASH', HOST, '/test/e2e/'),
    cookie('session', HOST),
    cookie('unrelated', '.example.co.uk'),
    // What a page cannot touch: an HttpOnly cookie, and one on a path this page is not under.
    cookie('_ga_HTTPONLY', '.example.co.uk', '/', { httpOnly: true }),
    cookie('_ga_ELSEWHERE', '.example.co.uk', '/shop'),
  ]);
  await context.addInitScript(() => {
    if (!localStorage.getItem('seeded')) {
      localStorage.setItem('seeded', '1');
      localStorage.setItem('_hjUser_42', 'x');
      sessionStorage.setItem('_hjSession_42', 'x');
      sessionStorage.setItem('cart', 'kept');
    }
    document.addEventListener('privacy-consent-change', (e) => (window.lastChange = e.detail));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(origin + PAGE);
  const visible = () =>
    page.evaluate(() =>
      document.cookie
        .split('; ')
        .map((c) => c.split('=')[0])
        .sort(),
    );
  assert.deepEqual(await visible(), ['_ga', '_ga', '_ga_ABC123', '_ga_SLASH', '_ga_SUBPATH', 'session', 'unrelated']);

  await page.locator('privacy-banner button', { hasText: 'Reject all' }).click();
  await page.waitForFunction(() => window.lastChange);
  const detail = await page.evaluate(() => window.lastChange);

  assert.deepEqual(await visible(), ['privacy_consent', 'session', 'unrelated']);
  assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage).sort(), Object.keys(sessionStorage).sort()]), [
    ['seeded'],
    ['cart'],
  ]);
  assert.deepEqual(
    detail.cleared.map((e) => `${e.kind} ${e.name}`).sort(),
    // By name: the two _ga cookies (host and parent domain) are one entry.
    [
      'cookie _ga',
      'cookie _ga_ABC123',
      'cookie _ga_SLASH',
      'cookie _ga_SUBPATH',
      'localStorage _hjUser_42',
      'sessionStorage _hjSession_42',
    ],
  );
  assert.deepEqual(detail.remaining, []);
  assert.equal(detail.method, 'reject');

  // The browser still holds only what no page script can delete.
  const left = (await context.cookies()).map((c) => c.name).sort();
  assert.deepEqual(left, ['_ga_ELSEWHERE', '_ga_HTTPONLY', 'privacy_consent', 'session', 'unrelated']);
  assert.deepEqual(errors, []);
  await context.close();
});
