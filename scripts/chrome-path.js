import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Debian's Chromium (or CHROME_PATH); exits with how to install it when there is none. */
export function chromePath() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((p) => p && existsSync(p));
  if (path) return path;
  console.error(
    'No Chromium found. Install it with `sudo apt-get update && sudo apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

/** Flags for headless Chromium on a machine without internet, as root. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
