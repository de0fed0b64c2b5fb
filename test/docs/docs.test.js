// Every command and example in README.md, CONTRIBUTING.md and docs/ is checked as a reader would
// use it: ```sh test blocks run in a scratch copy of the repository, js blocks must be ES modules,
// json blocks must parse (a manifest must be valid), html blocks may only use attributes the
// library reads, links must lead somewhere, and the generated references must be current.
// The conventions are described in CONTRIBUTING.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expectedPages } from '../../scripts/docs.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGES = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
// Pages others are writing at the same time; a link to them is not broken.
const PLANNED = new Set(['docs/receiver.md', 'docs/audit.md', 'docs/theming.md', 'docs/embeds.md', 'docs/cleanup.md', 'SECURITY.md']);
const BLOCK_TIMEOUT_MS = 180_000;

/** The fenced code blocks of a Markdown text, indented ones (in lists) too. */
export function codeBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i].match(/^(\s*)```(\S*)(?:[ \t]+(.*?))?\s*$/);
    if (!open || !open[2]) continue;
    const [, indent, lang, meta = ''] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    blocks.push({ lang, meta: meta.trim(), code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

const pages = PAGES.map((path) => ({ path, blocks: codeBlocks(readFileSync(join(ROOT, path), 'utf8')) }));
const where = (page, block) => `${page.path}:${block.line}`;

test('the block reader finds fenced blocks with their info strings, in lists too', () => {
  const blocks = codeBlocks('text\n```sh test\nnpm test\n```\n- item\n\n  ```js\n  import x from "y";\n  ```\n```\nplain\n```\n');
  assert.deepEqual(
    blocks.map(({ lang, meta, code }) => ({ lang, meta, code })),
    [
      { lang: 'sh', meta: 'test', code: 'npm test' },
      { lang: 'js', meta: '', code: 'import x from "y";' },
    ],
  );
});

test('the README starts with the two commands a newcomer needs, and stays short', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const first = codeBlocks(readme)[0];
  assert.equal(first.lang, 'sh');
  assert.match(first.code.split('\n')[0], /^npm ci && npm start\b/);
  assert.match(first.code.split('\n')[1], /^npm test\b/);
  assert.ok(readme.split('\n').slice(0, 40).some((l) => l.startsWith('npm test')));
  assert.ok(readme.split('\n').length <= 150, 'README.md is at most 150 lines');
  assert.doesNotMatch(readme, /\b[0-9a-f]{7,40}\b(?![-.\w])/, 'no commit hashes in the README');
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
    for (const [, target] of [...text.matchAll(/\]\(([^)\s]+)\)|<img[^>]*\ssrc="([^"]+)"/g)].map((m) => [m[0], m[1] ?? m[2]])) {
      if (/^(https?:|mailto:|#)/.test(target)) continue;
      const file = relative(ROOT, join(ROOT, dirname(path), target.split('#')[0]));
      if (!existsSync(join(ROOT, file)) && !PLANNED.has(file)) broken.push(`${path}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('js examples are valid ES modules', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'docs-js-'));
  try {
    const failures = [];
    for (const page of pages)
      for (const block of page.blocks.filter((b) => b.lang === 'js')) {
        const file = join(dir, `block-${block.line}.mjs`);
        writeFileSync(file, block.code);
        await run(process.execPath, ['--check', file]).catch((e) => failures.push(`${where(page, block)}: ${e.stderr.split('\n').find((l) => /Error/.test(l))}`));
      }
    assert.deepEqual(failures, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
    cem.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, new Set((d.attributes ?? []).map((a) => a.name))]),
  );
  const GLOBAL = new Set(['id', 'class', 'slot', 'lang', 'dir', 'hidden', 'title']);
  const SCRIPT_TAG = new Set(['data-policy', 'data-lang', 'data-banner', 'data-region']);
  const PAGE_HOOKS = new Set(['data-privacy-open', 'data-privacy-request', 'data-privacy-category']);
  const wrong = [];
  for (const page of pages)
    for (const block of page.blocks.filter((b) => b.lang === 'html')) {
      for (const [, tag, rest] of block.code.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
        const names = [...rest.replace(/="[^"]*"/g, "").matchAll(/\s([^\s=>]+)/g)].map((m) => m[1]);
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

/** A copy of the repository as a reader has it after `npm ci && npm run build`, named as the repository. */
function scratchCopy() {
  const parent = mkdtempSync(join(tmpdir(), 'docs-sh-'));
  const copy = join(parent, 'privacy-elements');
  const skip = new Set(['.git', 'node_modules', '.test-results', 'demo/data']);
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src)) && !src.endsWith('.tgz') });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return { parent, copy };
}

for (const page of pages) {
  const blocks = page.blocks.filter((b) => b.lang === 'sh' && b.meta.split(/\s+/).includes('test'));
  if (!blocks.length) continue;
  test(`the commands of ${page.path} run`, { timeout: BLOCK_TIMEOUT_MS * blocks.length }, async () => {
    const { parent, copy } = scratchCopy();
    try {
      for (const block of blocks) {
        await run('bash', ['-e', '-c', block.code], { cwd: copy, timeout: BLOCK_TIMEOUT_MS, env: { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false' } }).catch((e) =>
          assert.fail(`${where(page, block)} failed (exit ${e.code}${e.killed ? ', timed out' : ''}):\n${block.code}\n${e.stderr || e.stdout}`),
        );
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
}
