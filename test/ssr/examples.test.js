// The server-rendering examples in docs/server-rendering.md, run as a user runs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

test('the plain Node example serves the summary as declarative shadow DOM, and the signals of the request', async () => {
  const { server } = await import('../../examples/node-server/server.js');
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    const url = `http://127.0.0.1:${server.address().port}/privacy`;
    const page = await (await fetch(url)).text();
    assert.match(page, /<privacy-summary[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(page, /Example Shop Ltd/);
    assert.doesNotMatch(page, /signal was detected/);
    const withGpc = await (await fetch(url, { headers: { 'sec-gpc': '1', 'accept-language': 'de' } })).text();
    assert.match(withGpc, /<html lang="de">/);
    assert.match(withGpc, /<privacy-signals[\s\S]*Global Privacy Control/);
    assert.equal((await fetch(url.replace('/privacy', '/other'))).status, 404);
  } finally {
    server.close();
  }
});

test('the Eleventy example builds a policy page with every section open', async () => {
  const out = mkdtempSync(join(tmpdir(), 'eleventy-'));
  await run(process.execPath, [
    'node_modules/@11ty/eleventy/cmd.cjs',
    '--input=examples/eleventy',
    `--output=${out}`,
    '--quiet',
  ]);
  const page = readFileSync(join(out, 'privacy/index.html'), 'utf8');
  assert.match(page, /<privacy-summary[^>]*open="all"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(page, /Right of access/);
});
