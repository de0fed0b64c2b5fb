// Finds a Chromium already on this machine and loads playwright-core to drive it. Nothing is
// downloaded: playwright-core is an optional peer dependency, and the browser is the one found.
import { existsSync } from 'node:fs';
import type { BrowserType } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless audit: no sandbox (CI containers run as root), no background traffic of the browser's own. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export class NoBrowser extends Error {}

/** playwright-core's Chromium driver, or a message saying how to install it. */
export async function loadChromium(): Promise<BrowserType> {
  const name = 'playwright-core';
  try {
    return ((await import(name)) as typeof import('playwright-core')).chromium;
  } catch {
    throw new NoBrowser(
      'playwright-core is not installed: run `npm install --save-dev playwright-core` ' +
        '(it drives a Chromium already on this machine and downloads nothing)',
    );
  }
}

/**
 * The browser to drive: `--browser`, else CHROME_PATH, else a system Chrome or Chromium, else a
 * browser playwright has installed before. A path given but missing is an error, not a fallback.
 */
export function findBrowser(
  chromium: BrowserType,
  given: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  for (const [path, source] of [
    [given, '--browser'],
    [env.CHROME_PATH, 'CHROME_PATH'],
  ] as const)
    if (path) {
      if (existsSync(path)) return path;
      throw new NoBrowser(`no browser at ${path} (from ${source})`);
    }
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    // playwright has no browser of its own here
  }
  const found = [...CANDIDATES, bundled].find((p) => p && existsSync(p));
  if (found) return found;
  throw new NoBrowser(
    'no Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`), or pass --browser PATH or set CHROME_PATH',
  );
}
