// Shared by the page-level tests: the demo server on a free port and Debian's
// Chromium driven by playwright-core, with a fresh profile per context.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../demo/server.js';
import { CHROME_ARGS, chromePath } from '../../scripts/chrome-path.js';

/** `args`: more Chromium flags, e.g. `--host-resolver-rules` to serve the pages under other host names. */
export async function openHarness({ args = [] } = {}) {
  const { server, url } = await startServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'privacy-e2e-')) });
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: [...CHROME_ARGS.filter((a) => !a.startsWith('--headless')), ...args],
    headless: true,
  });
  return {
    url,
    browser,
    /** A new page in a fresh context; collects console errors, page errors and CSP violations; `before(context)` runs before it loads. */
    async page(path, { colorScheme = 'light', viewport = { width: 1280, height: 800 }, initScript, before } = {}) {
      const context = await browser.newContext({ colorScheme, viewport });
      if (initScript) await context.addInitScript(initScript);
      // Routes and listeners that must be in place before the page starts loading.
      await before?.(context);
      const page = await context.newPage();
      const problems = { errors: [], consoleErrors: [], violations: [] };
      page.on('pageerror', (e) => problems.errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
      await page.exposeFunction('__reportViolation', (v) => problems.violations.push(v));
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__reportViolation(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`),
        ),
      );
      await page.goto(url + path);
      return { page, problems, context };
    },
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}
