// The README's own commands, a newcomer's first steps: its shape, and its `sh test` blocks run in a
// scratch copy of the repository (packing the package and installing it in a new project).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeBlocks, ROOT, runBlocks, runnableBlocks } from './blocks.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

test('the README starts with the two commands a newcomer needs, and stays short', () => {
  const first = codeBlocks(readme)[0];
  assert.equal(first.lang, 'sh');
  assert.match(first.code.split('\n')[0], /^npm ci && npm start\b/);
  assert.match(first.code.split('\n')[1], /^npm test\b/);
  assert.ok(
    readme
      .split('\n')
      .slice(0, 40)
      .some((l) => l.startsWith('npm test')),
  );
  assert.ok(readme.split('\n').length <= 150, 'README.md is at most 150 lines');
  assert.doesNotMatch(readme, /\b[0-9a-f]{7,40}\b(?![-.\w])/, 'no commit hashes in the README');
});

test('the commands of README.md run', async () => {
  const blocks = runnableBlocks(codeBlocks(readme));
  assert.ok(blocks.some((b) => b.code.includes('npm pack')));
  await runBlocks('README.md', blocks);
});
