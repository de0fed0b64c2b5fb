// Server rendering through Lit SSR: the same facts as the browser's render, readable without
// JavaScript, hydrated without replacing what the server rendered, and the static policy page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.js';
import {
  renderPolicyPage,
  renderRequest,
  renderSignals,
  renderSummary,
  signalsFromHeaders,
  ManifestError,
} from '../../dist/ssr.js';

const run = promisify(execFile);
const ORIGIN = 'http://ssr.test';
const POLICIES = ['example-shop', 'theaistep', 'aigilecoach', 'naxora', 'monitoring-saas'];
const policy = (name) => JSON.parse(readFileSync(`demo/policies/${name}.json`, 'utf8'));
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let browser;
let hydrateBundle;
before(async () => {
  browser = await chromium.launch({
    executablePath: chromePath(),
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
    headless: true,
  });
  const bundle = await rollup({ input: 'dist/hydrate.js', plugins: [resolve()], logLevel: 'silent' });
  hydrateBundle = (await bundle.generate({ format: 'es' })).output[0].code;
});
after(() => browser?.close());

/** A page on a made-up origin whose files come from `files` (path -> [type, body]); nothing reaches a network. */
async function open(files, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled });
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const file =
      files[path] ?? (existsSync(`dist${path}`) ? ['text/javascript', readFileSync(`dist${path}`)] : undefined);
    return file ? route.fulfill({ contentType: file[0], body: file[1] }) : route.fulfill({ status: 404, body: '' });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${ORIGIN}/`);
  return { page, errors, context };
}

/** The text of an element's shadow root, without its stylesheets (the server inlines them as <style>, the browser adopts them). */
const shadowText = (page, tag) =>
  page.evaluate((t) => {
    const root = document.querySelector(t).shadowRoot;
    const text = (node) =>
      node.localName === 'style'
        ? ''
        : node.nodeType === Node.TEXT_NODE
          ? node.data
          : [...node.childNodes].map(text).join('');
    return text(root).replace(/\s+/g, ' ').trim();
  }, tag);
const html = (body) => ({
  '/': [
    'text/html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test</title></head><body><main><h1>Test</h1>${body}</main></body></html>`,
  ],
});

/** The element rendered by the browser alone, from the full script tag, with the same options. */
async function clientText(tag, manifest, attributes) {
  const { page, context } = await open({
    ...html(`<${tag} ${attributes}></${tag}>`),
    '/manifest.json': ['application/json', JSON.stringify(manifest)],
  });
  await page.addScriptTag({ url: `${ORIGIN}/privacy-elements.min.js` });
  await page.evaluate(
    async ([t, m]) => {
      // The script tag loads the element's code on demand.
      await customElements.whenDefined(t);
      const el = document.querySelector(t);
      el.manifest = m;
      await el.updateComplete;
      await el.updateComplete;
    },
    [tag, manifest],
  );
  const text = await shadowText(page, tag);
  await context.close();
  return text;
}

for (const name of POLICIES) {
  test(`the server's summary of ${name} states every fact the browser's does`, async () => {
    const manifest = policy(name);
    const { page, context } = await open(html(renderSummary(manifest)), { javaScriptEnabled: false });
    const server = await shadowText(page, 'privacy-summary');
    await context.close();
    const client = await clientText('privacy-summary', manifest, `open="all" lang="${manifest.language ?? 'en'}"`);
    assert.ok(server.length > 500, `a whole summary: ${server.slice(0, 80)}`);
    assert.equal(server, client);
  });
}

test('the request launcher and the signals statement render on the server as in the browser', async () => {
  const manifest = policy('example-shop');
  const serverText = async (markup, tag) => {
    const { page, context } = await open(html(markup), { javaScriptEnabled: false });
    const text = await shadowText(page, tag);
    await context.close();
    return text;
  };
  assert.equal(
    await serverText(renderRequest(manifest), 'privacy-request'),
    await clientText('privacy-request', manifest, 'lang="en"'),
  );
  // The signals come from the visitor's own request headers; without any, only `always` shows a status.
  assert.equal(await serverText(renderSignals(manifest), 'privacy-signals'), '');
  const gpc = signalsFromHeaders(new Headers({ 'sec-gpc': '1' }));
  assert.deepEqual(gpc, { gpc: true, dnt: undefined });
  assert.deepEqual(
    signalsFromHeaders({ 'sec-gpc': 'true', dnt: '1' }),
    { gpc: undefined, dnt: true },
    'only Sec-GPC: 1 counts',
  );
  assert.match(
    await serverText(renderSignals(manifest, { signals: gpc }), 'privacy-signals'),
    /Global Privacy Control signal was detected and honoured/,
  );
  assert.match(await serverText(renderSignals(manifest, { always: true }), 'privacy-signals'), /no privacy signal/);
});

test('a server-rendered summary hydrates: no server-rendered node is removed, it stays interactive and accessible', async () => {
  const manifest = policy('example-shop');
  const { page, errors } = await open({
    ...html(`${renderSummary(manifest, { open: 'collected' })}
      <script>
        window.removed = 0;
        const root = document.querySelector('privacy-summary').shadowRoot;
        new MutationObserver((records) => records.forEach((r) => (window.removed += r.removedNodes.length))).observe(root, { childList: true, subtree: true });
        window.serverNodes = root.querySelectorAll('*').length;
      </script>
      <script type="module" src="/hydrate.js"></script>`),
    '/hydrate.js': ['text/javascript', hydrateBundle],
  });
  await page.waitForFunction(
    () => customElements.get('privacy-summary') && document.querySelector('privacy-summary').hasUpdated,
  );
  await page.evaluate(() => document.querySelector('privacy-summary').updateComplete);
  assert.equal(await page.evaluate(() => window.removed), 0, 'hydration replaced nothing');
  const serverNodes = await page.evaluate(() => window.serverNodes);
  assert.ok(serverNodes > 50);
  assert.equal(
    await page.evaluate(() => document.querySelector('privacy-summary').shadowRoot.querySelectorAll('*').length),
    serverNodes,
    'nothing rendered twice',
  );
  const toggle = page.locator('privacy-summary [part~=toggle]', { hasText: 'Who we are' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true', 'the hydrated element answers clicks');
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`),
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});

test('a server-rendered cookies section of 900 rows: every row from the server, none removed by hydration', async () => {
  const manifest = policy('example-shop');
  manifest.cookies.categories = manifest.cookies.categories.map((category, i) => ({
    ...category,
    items: Array.from({ length: 300 }, (_, j) => ({
      name: `cookie_${i}_${j}`,
      purpose: `Purpose ${j}`,
      duration: 'P1Y',
      party: 'first',
    })),
  }));
  const rendered = renderSummary(manifest, { open: 'cookies' });
  const rows = manifest.cookies.categories.length * 300;
  assert.ok(rows > 400, 'more rows than the browser draws in one frame');
  for (const [i] of manifest.cookies.categories.entries()) assert.match(rendered, new RegExp(`cookie_${i}_299<`));
  const { page, errors } = await open({
    ...html(`${rendered}
      <script>
        window.removed = 0;
        new MutationObserver((records) => records.forEach((r) => (window.removed += r.removedNodes.length)))
          .observe(document.querySelector('privacy-summary').shadowRoot, { childList: true, subtree: true });
      </script>
      <script type="module" src="/hydrate.js"></script>`),
    '/hydrate.js': ['text/javascript', hydrateBundle],
  });
  await page.waitForFunction(
    () => customElements.get('privacy-summary') && document.querySelector('privacy-summary').hasUpdated,
  );
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  assert.equal(await page.evaluate(() => window.removed), 0, 'hydration replaced nothing');
  const drawn = await page.evaluate(
    () =>
      document.querySelector('privacy-summary').shadowRoot.querySelectorAll('#privacy-cookies-panel tbody tr').length,
  );
  assert.ok(drawn > rows, `every row and the banner's own cookie (${drawn})`);
  assert.deepEqual(errors, []);
});

test('every npm entry imports in Node without a DOM, and registering there is harmless', async () => {
  const script = `for (const m of ['privacy-elements', 'privacy-elements/define', 'privacy-elements/privacy-banner', 'privacy-elements/privacy-summary',
    'privacy-elements/privacy-signals', 'privacy-elements/privacy-request', 'privacy-elements/ssr', 'privacy-elements/locales/de']) await import(m);
    await import('privacy-elements/define');
    console.log(typeof customElements.get('privacy-summary'));`;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', script]);
  assert.equal(stdout.trim(), 'function');
  assert.equal(stderr, '');
});

test('render: a standalone policy page with every fact, readable without script, axe-clean', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const out = join(dir, 'nested', 'privacy.html');
  const { stdout, stderr } = await run(process.execPath, [
    'bin/privacy-elements.js',
    'render',
    'demo/policies/naxora.json',
    '--out',
    out,
  ]);
  assert.equal(stdout + stderr, '');
  const page = readFileSync(out, 'utf8');
  assert.doesNotMatch(page, /<script(?! type="application\/json")/, 'no script but the data block');
  assert.match(page, /^<!doctype html>\n<html lang="en">/);
  const { page: tab, context } = await open({ '/': ['text/html', page] }, { javaScriptEnabled: false });
  const text = await shadowText(tab, 'privacy-summary');
  await context.close();
  assert.equal(text, await clientText('privacy-summary', policy('naxora'), 'open="all" heading-level="1" lang="en"'));
  const { page: checked, context: withScript } = await open({ '/': ['text/html', page] });
  await checked.addScriptTag({ content: AXE });
  const violations = await checked.evaluate(async () =>
    (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.length}`),
  );
  await withScript.close();
  assert.deepEqual(violations, []);
});

test('render: a broken manifest exits 1 with its JSON paths and writes nothing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const bad = join(dir, 'bad.json');
  const out = join(dir, 'privacy.html');
  await import('node:fs').then((fs) =>
    fs.writeFileSync(bad, JSON.stringify({ version: '1', effectiveDate: 'soon', controller: { name: 'X' } })),
  );
  const failed = await run(process.execPath, ['bin/privacy-elements.js', 'render', bad, '--out', out]).catch((e) => e);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /\$\.effectiveDate/);
  assert.equal(existsSync(out), false);
  assert.throws(
    () => renderSummary({ version: '1' }),
    (e) => e instanceof ManifestError && e.issues.some((i) => i.path === '$.controller'),
  );
});

test('render --lang picks the texts of a bilingual manifest', () => {
  const manifest = { ...policy('example-shop'), language: 'en' };
  manifest.controller = { ...manifest.controller, name: { en: 'Example Shop Ltd', de: 'Beispiel GmbH' } };
  assert.match(renderPolicyPage(manifest, { lang: 'de' }), /<html lang="de">[\s\S]*Beispiel GmbH/);
});
