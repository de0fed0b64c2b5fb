// The npm package in a real app: the packed tarball, installed beside lit and js-cookie, built by
// Vite, Rollup and webpack as their users would build it, and each output loaded in Chromium under
// the strict Content-Security-Policy. A page imports only the banner's and the summary's entries.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.js';
import { STRICT_CSP } from '../../demo/server.js';
import { installPacked } from '../packed.js';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const policy = JSON.parse(readFileSync('demo/policies/naxora.json', 'utf8'));
const app = mkdtempSync(join(tmpdir(), 'privacy-bundlers-'));

// The package's own dependencies, and the bundlers an app would have in its devDependencies.
const tools = ['vite', 'rollup', '@rollup/plugin-node-resolve', 'webpack', 'webpack-cli'];
const installed = installPacked(app, [...Object.keys(pkg.dependencies), ...tools]);

/** The banner's entry file under a condition (`default` or `development`), as a path in the package. */
function bannerEntry(condition) {
  const exported = pkg.exports['./privacy-banner'];
  const target = exported[condition] ?? exported.default;
  return (typeof target === 'object' ? target.default : target).replace(/^\.\//, '');
}

/**
 * The installed package's files that an entry loads at once (`eager`) and with `import()` (`lazy`,
 * each with the file that imports it), as paths in the package.
 */
function moduleGraph(entry) {
  const eager = new Set();
  const lazy = new Map();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    const code = readFileSync(join(installed, file), 'utf8');
    for (const [, dynamic, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*(\()?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = join(dirname(file), spec);
      if (dynamic) lazy.set(target, file);
      else visit(target);
    }
  };
  visit(entry);
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

/**
 * What the banner's entry loads lazily under a condition, and which of it is the banner's own
 * (the preferences dialog: imported by, or kept in, the banner's folder), which must arrive only
 * when the preferences open. The rest (the full validator, for a refused manifest) is not fetched
 * at all for a valid policy.
 */
function lazyParts(condition) {
  const folder = dirname(bannerEntry('default')) + '/';
  const { eager, lazy } = moduleGraph(bannerEntry(condition));
  const own = [...lazy].filter(([file, importer]) => file.startsWith(folder) || importer.startsWith(folder));
  return { eager, all: [...lazy.keys()], dialog: own.map(([file]) => file) };
}

/**
 * Which file of a build holds the code of lazily loaded package files: the one with the most of
 * their template attributes that no eagerly loaded file has (bundlers rename files, not markup).
 */
function fileHolding(dir, files, lazy, eager) {
  // Attributes written in the templates, such as `aria-labelledby="dialog-title"`: minifiers keep them.
  const literals = (text) => text.match(/[a-z-]+="[^"$\n]{3,}"/g) ?? [];
  const eagerText = [...eager].map((file) => readFileSync(join(installed, file), 'utf8')).join('\n');
  const markers = lazy
    .flatMap((file) => literals(readFileSync(join(installed, file), 'utf8')))
    .filter((literal) => !eagerText.includes(literal));
  const hits = files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    return { file, count: markers.filter((m) => text.includes(m)).length };
  });
  const best = hits.sort((a, b) => b.count - a.count)[0];
  assert.ok(best?.count, `no file of the build holds ${lazy.join(', ')} (${markers.length} literals looked for)`);
  return `/${best.file}`;
}

/** What only a development build bundles: files of the development entry that the default one lacks. */
const developmentOnly = [...moduleGraph(bannerEntry('development')).eager].filter(
  (file) => !moduleGraph(bannerEntry('default')).eager.has(file),
);

const body = `<main>
      <h1>Shop</h1>
      <privacy-summary policy="/policy.json"></privacy-summary>
    </main>
    <privacy-banner policy="/policy.json"></privacy-banner>`;
const page = (script) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Shop</title>
    ${script}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
const STYLESHEET = '<link rel="stylesheet" href="/main.css" />';
const files = {
  'package.json': JSON.stringify({ name: 'shop', private: true, type: 'module' }),
  'main.js': `import 'privacy-elements/privacy-banner';
import 'privacy-elements/privacy-summary';
import 'privacy-elements/themes/neutral.css';
`,
  // Vite's entry page; Rollup and webpack write scripts only, so their pages are written beside them.
  'index.html': page('<script type="module" src="/main.js"></script>'),
  'public/policy.json': JSON.stringify(policy),
  // Rollup reads no CSS by itself: a stand-in for the CSS plugin an app would use, writing main.css.
  'rollup.config.js': `import { nodeResolve } from '@rollup/plugin-node-resolve';

const sheets = new Map();
const css = {
  name: 'css',
  transform: (code, id) => (id.endsWith('.css') ? (sheets.set(id, code), '') : null),
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'main.css', source: [...sheets.values()].join('\\n') });
  },
};

export default { input: 'main.js', output: { dir: 'out/rollup', format: 'es' }, plugins: [nodeResolve(), css] };
`,
  // webpack's own CSS support, in place of css-loader; and for Trusted Types, a policy for its chunk
  // loader, which sets \`script.src\`.
  'webpack.config.js': `export default { experiments: { css: true }, output: { trustedTypes: 'webpack' } };
`,
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(join(app, name, '..'), { recursive: true });
  writeFileSync(join(app, name), text);
}

const bin = (name) => join(root, 'node_modules', '.bin', name);
/** Runs a bundler's command line in the app; rejects with why and its output when it fails. */
const run = (command, args, env = {}) =>
  new Promise((done, fail) =>
    execFile(bin(command), args, { cwd: app, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      error
        ? fail(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`))
        : done(stdout + stderr),
    ),
  );
/** Vite at its `warn` level prints nothing unless something is wrong. */
const vite = async (args, env) =>
  assert.equal((await run('vite', ['build', ...args, '--logLevel', 'warn'], env)).trim(), '');

/**
 * Each build: the command an app would run, writing the page it serves to `out/<name>`; a warning
 * fails it. All pages are served under the strict policy; webpack's also allows its own Trusted
 * Types policy.
 */
const BUILDS = {
  vite: () => vite(['--outDir', 'out/vite']),
  // A development build: Vite picks the `development` export condition (Lit's dev mode, and this
  // package's when it has one) by NODE_ENV; `--mode development` alone does not.
  'vite-development': () => vite(['--outDir', 'out/vite-development', '--sourcemap'], { NODE_ENV: 'development' }),
  rollup: async () => {
    await run('rollup', ['--config', 'rollup.config.js', '--silent', '--failAfterWarnings']);
    writeFileSync(
      join(app, 'out/rollup/index.html'),
      page(`${STYLESHEET}\n    <script type="module" src="/main.js"></script>`),
    );
    copyFileSync(join(app, 'public/policy.json'), join(app, 'out/rollup/policy.json'));
  },
  webpack: async () => {
    await run('webpack-cli', [
      'build',
      './main.js',
      '--mode',
      'production',
      '--output-path',
      'out/webpack',
      '--fail-on-warnings',
    ]);
    writeFileSync(
      join(app, 'out/webpack/index.html'),
      page(`${STYLESHEET}\n    <script src="/main.js" defer></script>`),
    );
    copyFileSync(join(app, 'public/policy.json'), join(app, 'out/webpack/policy.json'));
  },
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
/** Serves one build's folder on 127.0.0.1, under the strict policy; resolves to its base URL. */
function serve(dir, csp) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let text;
    try {
      text = readFileSync(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'], 'content-security-policy': csp });
    res.end(text);
  });
  servers.push(server);
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`)));
}

let browser;
const servers = [];
before(async () => {
  browser = await chromium.launch({
    executablePath: chromePath(),
    args: CHROME_ARGS.filter((a) => !a.startsWith('--headless')),
    headless: true,
  });
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(app, { recursive: true, force: true });
});

const jsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.js'))
    .sort();

const TAGS = ['privacy-banner', 'privacy-summary', 'privacy-signals', 'privacy-request'];

/**
 * Opens a build's page and works the banner; returns what was seen, or fails with what the page
 * logged. `held`: a script the first layer must show without (the dialog's), answered only after.
 */
async function visit(name, held) {
  const dir = join(app, 'out', name);
  const url = await serve(dir, name === 'webpack' ? `${STRICT_CSP} webpack` : STRICT_CSP);
  const context = await browser.newContext();
  const tab = await context.newPage();
  tab.setDefaultTimeout(10_000);
  const problems = { errors: [], console: [], warnings: [] };
  tab.on('pageerror', (e) => problems.errors.push(String(e)));
  tab.on('console', (m) => {
    if (m.type() === 'error') problems.console.push(m.text());
    if (m.type() === 'warning') problems.warnings.push(m.text());
  });
  const scripts = [];
  tab.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  const banner = tab.locator('privacy-banner');
  const dialog = tab.locator('privacy-banner dialog[open]');
  const seen = { files: jsFiles(dir), problems };
  let release;
  const released = new Promise((ok) => (release = ok));
  if (held)
    await context.route(
      (u) => u.pathname === held,
      (route) => released.then(() => route.continue()),
    );
  try {
    await tab.goto(url + '/', { waitUntil: 'load' });
    await banner.getByRole('button', { name: 'Accept all' }).waitFor();
    release();
    await tab.locator('privacy-summary').getByText(policy.controller.name).first().waitFor();
    assert.equal(await tab.evaluate(() => document.cookie), '', 'nothing is stored before a choice');
    seen.beforeOpening = [...scripts];
    seen.defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
    seen.themed = await tab.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--privacy-color'),
    );

    await banner.getByRole('button', { name: 'Customize' }).click();
    await dialog.waitFor();
    seen.onOpening = scripts.filter((s) => !seen.beforeOpening.includes(s));
    await tab.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await tab.evaluate(() => document.cookie), '', 'closing the preferences stores nothing');

    await banner.getByRole('button', { name: 'Accept all' }).click();
    await tab.waitForFunction(() => document.cookie.includes('privacy_consent='));
    await banner.getByRole('button', { name: 'Accept all' }).waitFor({ state: 'detached' });
    seen.requested = scripts;
  } catch (error) {
    error.message += `\npage errors: ${problems.errors.join(' | ') || 'none'}\nconsole errors: ${problems.console.join(' | ') || 'none'}`;
    throw error;
  } finally {
    release();
    await context.close();
  }
  return seen;
}

for (const name of Object.keys(BUILDS)) {
  const development = name === 'vite-development';
  test(`${name}: builds the app; banner, preferences, consent and summary work under the strict CSP`, async (t) => {
    const started = performance.now();
    await BUILDS[name]();
    const built = performance.now();
    const lazy = lazyParts(development ? 'development' : 'default');
    const dir = join(app, 'out', name);
    const dialogFile = lazy.dialog.length ? fileHolding(dir, jsFiles(dir), lazy.dialog, lazy.eager) : undefined;
    const seen = await visit(name, dialogFile);
    t.diagnostic(
      `${name}: built in ${((built - started) / 1000).toFixed(1)} s, page in ${((performance.now() - built) / 1000).toFixed(1)} s; ` +
        `${seen.files.length} JS files; requested by the time the first layer showed: ${seen.beforeOpening.join(' ')}; ` +
        `on opening the preferences: ${seen.onOpening.join(' ') || 'nothing'}`,
    );
    t.diagnostic(
      `${name}: the banner's entry loads with import(): ${lazy.all.join(', ') || 'nothing'}; ` +
        `of which the banner's own: ${lazy.dialog.join(', ') || 'none'}, in ${dialogFile ?? 'no file of its own'}`,
    );
    assert.deepEqual(seen.problems.errors, [], 'no page errors');
    assert.deepEqual(seen.defined, TAGS.slice(0, 2), 'each entry defines its own element only');
    assert.notEqual(seen.themed, '', 'the imported theme reaches the page');
    assert.deepEqual(seen.problems.console, [], 'no console errors');
    if (development) {
      // A development entry that only re-exports leaves no trace in a source map; what it adds does.
      const expected = developmentOnly.length ? developmentOnly : [bannerEntry('default')];
      const sources = seen.files
        .filter((f) => existsSync(join(app, 'out', name, `${f}.map`)))
        .flatMap((f) => JSON.parse(readFileSync(join(app, 'out', name, `${f}.map`), 'utf8')).sources);
      assert.ok(
        sources.some((source) => expected.some((file) => source.endsWith(`privacy-elements/${file}`))),
        `the build bundles one of ${expected.join(', ')}: ${sources.filter((x) => x.includes('privacy-elements/')).join(', ')}`,
      );
      assert.ok(
        seen.problems.warnings.some((w) => /Lit is in dev mode/.test(w)),
        `Lit's development export was used: ${seen.problems.warnings.join(' | ') || 'no warnings'}`,
      );
    } else assert.deepEqual(seen.problems.warnings, [], 'no console warnings in a production build');

    if (lazy.all.length)
      assert.ok(seen.files.length > 1, `${lazy.all.join(', ')} is loaded with import(), yet the build is one file`);
    // The first layer showed while the dialog's file was held back; the dialog then opened with it.
    if (dialogFile) assert.ok(seen.requested.includes(dialogFile), `${dialogFile} was never fetched`);
    if (lazy.all.length > lazy.dialog.length)
      assert.ok(
        new Set(seen.requested).size < seen.files.length,
        `${lazy.all.filter((f) => !lazy.dialog.includes(f)).join(', ')} is not needed for a valid policy, yet every file was fetched`,
      );
  });
}
