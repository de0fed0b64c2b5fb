// Runs every suite: the browser tests (web-test-runner in Chromium) and the
// page-level end-to-end tests (node:test driving Chromium), then prints one
// closing line with the totals.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { run } from 'node:test';

rmSync('.test-results', { recursive: true, force: true });
const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], { stdio: 'inherit' });
const browser = existsSync('.test-results/browser.json')
  ? JSON.parse(readFileSync('.test-results/browser.json', 'utf8'))
  : { passed: 0, failed: 1 };
if (wtr.status !== 0 && browser.failed === 0) browser.failed = 1; // the runner itself failed

const e2e = { passed: 0, failed: 0 };
const files = [
  'test/e2e',
  'test/cli',
  'test/bench',
  'test/ssr',
  'test/server',
  'test/docs',
  'test/types',
  'test/bundlers',
  'test/i18n',
].flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .filter((f) => f.endsWith('.test.js'))
        .map((f) => `${dir}/${f}`)
    : [],
);
if (files.length && !process.argv.slice(2).length) {
  console.log(`\nNode tests: command line and whole pages (${files.length} files)`);
  const stream = run({ files, concurrency: 1, timeout: 120_000 });
  stream.on('test:pass', (t) => {
    if (t.details.type === 'suite') return;
    e2e.passed++;
    console.log(`  ✓ ${t.name}`);
  });
  stream.on('test:fail', (t) => {
    if (t.details.type === 'suite') return;
    e2e.failed++;
    console.log(
      `  ✗ ${t.name} (${t.file})\n    ${String(t.details.error?.cause ?? t.details.error)
        .split('\n')
        .join('\n    ')}`,
    );
  });
  // Each file ends with its own counts; a test's figures (t.diagnostic) come at any depth.
  const fileCounts = /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /;
  stream.on(
    'test:diagnostic',
    (d) => (d.nesting === 0 && fileCounts.test(d.message)) || console.log(`  # ${d.message}`),
  );
  for await (const _ of stream);
}

const passed = browser.passed + e2e.passed;
const failed = browser.failed + e2e.failed;
console.log(
  `\nbrowser: ${browser.passed} passed, ${browser.failed} failed; node: ${e2e.passed} passed, ${e2e.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
