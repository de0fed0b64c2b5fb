// Under `require-trusted-types-for 'script'; trusted-types 'none'` no policy can be created, so Lit
// cannot start. The script tag must fail closed and say so: one console error naming the policies to
// allow, a privacy-error on the document, no uncaught exception, nothing granted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openHarness } from './harness.js';

let harness;
before(async () => (harness = await openHarness()));
after(() => harness.close());

const CSP = "require-trusted-types-for 'script'; trusted-types 'none'";

for (const build of ['privacy-elements.min.js', 'privacy-banner.min.js'])
  test(`${build} under trusted-types 'none': one clear console error, privacy-error on document, nothing uncaught or granted`, async () => {
    const { page, problems } = await harness.page('/test/e2e/pages/banner-off.html', {
      initScript: () => {
        window.__privacyErrors = [];
        document.addEventListener('privacy-error', (e) => window.__privacyErrors.push(e.detail));
      },
    });
    await page.route('**/test/e2e/pages/only-script.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('/dist/privacy-elements.min.js', `/dist/${build}`);
      await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': CSP } });
    });
    problems.consoleErrors.length = 0;
    await page.goto(`${harness.url}/test/e2e/pages/only-script.html`);
    await page.waitForFunction(() => window.__privacyErrors.length > 0);
    await page.waitForTimeout(300);
    const ours = problems.consoleErrors.filter((m) => m.startsWith('privacy-elements:'));
    assert.equal(ours.length, 1, problems.consoleErrors.join('\n'));
    assert.match(ours[0], /trusted-types privacy-elements lit-html/);
    const [detail] = await page.evaluate(() => window.__privacyErrors);
    assert.match(detail.source, /\/dist\/chunks\/[\w-]+\.js$/, 'names the file that could not start');
    assert.match(detail.issues[0].message, /trusted-types privacy-elements lit-html/);
    assert.deepEqual(problems.errors, [], 'no uncaught exception');
    assert.equal(await page.evaluate(() => document.cookie), '');
    assert.equal(
      await page.evaluate(() => document.querySelector('privacy-banner')?.shadowRoot?.childElementCount ?? 0),
      0,
    );
  });
