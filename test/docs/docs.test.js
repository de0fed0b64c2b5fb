// Every command and example in README.md, CONTRIBUTING.md and docs/ is checked as a reader would
// use it: ```sh test blocks run in a scratch copy of the repository, js blocks must be ES modules,
// json blocks must parse (a manifest must be valid), html blocks may only use attributes the
// library reads, links must lead somewhere, and the generated references must be current.
// The conventions are described in CONTRIBUTING.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { expectedPages } from '../../scripts/docs.js';
import { codeBlocks, ROOT, run, runBlocks, runnableBlocks } from './blocks.js';

const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
// Pages others are writing at the same time; a link to them is not broken.
const PLANNED = new Set([
  'docs/receiver.md',
  'docs/audit.md',
  'docs/theming.md',
  'docs/embeds.md',
  'docs/cleanup.md',
  'SECURITY.md',
]);

const pages = PAGES.map((path) => ({ path, blocks: codeBlocks(readFileSync(join(ROOT, path), 'utf8')) }));
const where = (page, block) => `${page.path}:${block.line}`;

test('the block reader finds fenced blocks with their info strings, in lists too', () => {
  const blocks = codeBlocks(
    'text\n```sh test\nnpm test\n```\n- item\n\n  ```js\n  import x from "y";\n  ```\n```\nplain\n```\n',
  );
  assert.deepEqual(
    blocks.map(({ lang, meta, code }) => ({ lang, meta, code })),
    [
      { lang: 'sh', meta: 'test', code: 'npm test' },
      { lang: 'js', meta: '', code: 'import x from "y";' },
    ],
  );
});

test('the generated references are what scripts/docs.js writes', () => {
  for (const [path, text] of Object.entries(expectedPages())) {
    assert.ok(readFileSync(join(ROOT, path), 'utf8') === text, `${path} is out of date: run node scripts/docs.js`);
  }
});

test('every relative link and image leads to a file', () => {
  const broken = [];
  for (const { path } of pages) {
    const text = readFileSync(join(ROOT, path), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const [, target] of [...text.matchAll(/\]\(([^)\s]+)\)|<img[^>]*\ssrc="([^"]+)"/g)].map((m) => [
      m[0],
      m[1] ?? m[2],
    ])) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const file = relative(ROOT, join(ROOT, dirname(path), target.split('#')[0]));
      if (!existsSync(join(ROOT, file)) && !PLANNED.has(file)) broken.push(`${path}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('js examples are valid ES modules', async () => {
  // One process parses every block as a module (a syntax error is reported, nothing is run).
  const blocks = pages.flatMap((page) =>
    page.blocks.filter((b) => b.lang === 'js').map((block) => ({ at: where(page, block), code: block.code })),
  );
  const parse = `import vm from 'node:vm';
    const failures = [];
    for (const { at, code } of JSON.parse(process.argv[1])) {
      try { new vm.SourceTextModule(code); } catch (e) { failures.push(at + ': ' + e.message); }
    }
    console.log(JSON.stringify(failures));`;
  const { stdout } = await run(process.execPath, [
    '--experimental-vm-modules',
    '--no-warnings',
    '--input-type=module',
    '-e',
    parse,
    JSON.stringify(blocks),
  ]);
  assert.ok(blocks.length > 5);
  assert.deepEqual(JSON.parse(stdout), []);
});

test('json examples parse, and a manifest among them is valid', async () => {
  const { validateManifest, formatIssues } = await import('../../dist/index.js');
  let manifests = 0;
  for (const page of pages)
    for (const block of page.blocks.filter((b) => b.lang === 'json')) {
      let value;
      assert.doesNotThrow(() => (value = JSON.parse(block.code)), where(page, block));
      if (value && typeof value === 'object' && '$schema' in value) {
        manifests++;
        const result = validateManifest(value);
        assert.ok(result.ok, `${where(page, block)}: ${result.ok || formatIssues(result.issues)}`);
      }
    }
  assert.ok(manifests > 0, 'the manifest example is checked');
});

test('html examples use only attributes the library reads', () => {
  const cem = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
  const attributes = new Map(
    cem.modules
      .flatMap((m) => m.declarations ?? [])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName, new Set((d.attributes ?? []).map((a) => a.name))]),
  );
  // color-scheme is read by every element's styles (:host([color-scheme])), not as a property.
  const GLOBAL = new Set(['id', 'class', 'slot', 'lang', 'dir', 'hidden', 'title', 'color-scheme']);
  const SCRIPT_TAG = new Set(['data-policy', 'data-lang', 'data-banner', 'data-region']);
  const PAGE_HOOKS = new Set([
    'data-privacy-open',
    'data-privacy-request',
    'data-privacy-category',
    'data-privacy-provider',
  ]);
  const wrong = [];
  for (const page of pages)
    for (const block of page.blocks.filter((b) => b.lang === 'html')) {
      for (const [, tag, rest] of block.code.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
        const names = [...rest.replace(/="[^"]*"/g, '').matchAll(/\s([^\s=>]+)/g)].map((m) => m[1]);
        const src = rest.match(/\ssrc="([^"]*)"/)?.[1] ?? '';
        for (const name of names) {
          const ok = attributes.has(tag)
            ? attributes.get(tag).has(name) || GLOBAL.has(name)
            : name.startsWith('data-privacy-')
              ? PAGE_HOOKS.has(name)
              : tag === 'script' && /privacy-(elements|banner)\.min\.js$/.test(src) && name.startsWith('data-')
                ? SCRIPT_TAG.has(name)
                : true;
          if (!ok) wrong.push(`${where(page, block)}: <${tag} ${name}>`);
        }
      }
    }
  assert.deepEqual(wrong, []);
});

// The README's commands run in test/docs/readme.test.js, which has a time budget of its own.
const runnable = pages
  .filter((p) => p.path !== 'README.md')
  .map((page) => ({ page, blocks: runnableBlocks(page.blocks) }))
  .filter((p) => p.blocks.length);

// Pages run side by side, each in its own copy; the blocks of one page in order.
test('the commands marked `sh test` in the docs run', { concurrency: true }, async (t) => {
  assert.ok(runnable.length >= 3);
  await Promise.all(
    runnable.map(({ page, blocks }) => t.test(`the commands of ${page.path} run`, () => runBlocks(page.path, blocks))),
  );
});
