// What the docs tests share: reading fenced blocks out of Markdown, and running a page's
// `sh test` blocks in a scratch copy of the repository (conventions in CONTRIBUTING.md).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BLOCK_TIMEOUT_MS = 100_000;

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
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++)
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    blocks.push({ lang, meta: meta.trim(), code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** A copy of the repository as a reader has it after `npm ci && npm run build`, named as the repository. */
export function scratchCopy() {
  const parent = mkdtempSync(join(tmpdir(), 'docs-sh-'));
  const copy = join(parent, 'privacy-elements');
  const skip = new Set(['.git', 'node_modules', '.test-results', 'demo/data']);
  cpSync(ROOT, copy, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src)) && !src.endsWith('.tgz') });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return { parent, copy };
}

/** The blocks of a page marked `sh test`. */
export const runnableBlocks = (blocks) => blocks.filter((b) => b.lang === 'sh' && b.meta.split(/\s+/).includes('test'));

/** Runs the blocks in order, in one fresh copy; fails naming the first block that exits non-zero. */
export async function runBlocks(path, blocks) {
  const { parent, copy } = scratchCopy();
  // Installing the packed tarball takes its dependencies from npm's cache when it can.
  const env = {
    ...process.env,
    NO_COLOR: '1',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
  };
  try {
    for (const block of blocks) {
      await run('bash', ['-e', '-c', block.code], { cwd: copy, timeout: BLOCK_TIMEOUT_MS, env }).catch((e) =>
        assert.fail(
          `${path}:${block.line} failed (exit ${e.code}${e.killed ? ', timed out' : ''}):\n${block.code}\n${e.stderr || e.stdout}`,
        ),
      );
    }
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}
