import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, chromePath } from './scripts/chrome-path.js';
import { apiHandler } from './demo/server.js';
import { ADMIN_TOKEN } from './test/admin-token.js';

// The demo server's real endpoints, on the test page's own origin; the test policies' versions are taken too.
const api = apiHandler({
  dataDir: '.test-results/data',
  adminToken: ADMIN_TOKEN,
  knownVersions: ['1', '3'],
  rateLimit: false,
});
void api.open().catch(() => {}); // opening the store takes seconds: start now, while the browser starts

/** Counts every test of the run into .test-results/browser.json, for the closing summary line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const count = (suite) => {
        for (const t of suite.tests) {
          if (t.passed) passed++;
          else if (!t.skipped) failed++;
        }
        suite.suites.forEach(count);
      };
      for (const s of sessions) {
        if (s.testResults) count(s.testResults);
        if (!s.passed && !s.testResults?.tests.length && !s.testResults?.suites.length) failed++;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify({ passed, failed }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  // Lit's production build: its development build announces itself in every test file's console.
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    async (ctx, next) => {
      if (!ctx.path.startsWith('/api/')) return next();
      ctx.respond = false;
      await api(ctx.req, ctx.res);
    },
  ],
  concurrency: 1,
  // The test page declares both schemes, as most sites with a dark theme do, so a test that emulates a dark system sees the dark look.
  testRunnerHtml: (framework) =>
    `<!DOCTYPE html><html><head><style>:root { color-scheme: light dark; }</style></head><body><script type="module" src="${framework}"></script></body></html>`,
  testFramework: { config: { timeout: 8000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        args: CHROME_ARGS,
      },
    }),
  ],
  reporters: [(await import('@web/test-runner')).defaultReporter(), countingReporter()],
};
