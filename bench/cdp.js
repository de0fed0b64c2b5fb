// A minimal DevTools-protocol driver over Chromium's --remote-debugging-pipe, for the benchmark.
//
// The bench used playwright-core before. Playwright enables the Network and Runtime domains in every
// page it drives, and with them on, Chromium records the script stack that starts each request. For a
// request made by a script (our fetched policy), that meant collecting source positions of the whole
// bundle, which V8 does by parsing it again: on the page that fetches its policy, CDP's ScriptDuration
// was a median of 50 ms under Playwright (15 loads) and 23 ms here (7 loads), against 24 and 21 ms for
// the page with the policy inline (4x CPU). A visitor's browser records no such stack. Here a page gets
// only the domains the bench asks for.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const COMMAND_TIMEOUT_MS = 30_000;

/** Starts Chromium headless and returns a protocol connection to it. */
export async function launch(executablePath, args = []) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-bench-'));
  // Root in a container needs --no-sandbox; with no internet, background requests only add noise.
  const base = [
    '--headless',
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
  ];
  const proc = spawn(executablePath, [...base, ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const toBrowser = proc.stdio[3];
  const fromBrowser = proc.stdio[4];
  const pending = new Map();
  const listeners = new Set();
  let nextId = 0;
  let closed = null;
  let buffer = '';
  fromBrowser.on('data', (chunk) => {
    buffer += chunk;
    for (let end; (end = buffer.indexOf('\0')) >= 0;) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const waiting = message.id !== undefined && pending.get(message.id);
      if (waiting) {
        pending.delete(message.id);
        clearTimeout(waiting.timer);
        if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
        else waiting.resolve(message.result);
      } else if (message.method) for (const listener of listeners) listener(message);
    }
  });
  const fail = (reason) => {
    closed ??= reason;
    for (const { reject, timer } of pending.values()) {
      clearTimeout(timer);
      reject(new Error(closed));
    }
    pending.clear();
  };
  proc.on('exit', (code, signal) =>
    fail(`Chromium exited (${signal ?? code})${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`),
  );
  proc.on('error', (err) => fail(`Chromium could not start: ${err.message}`));
  toBrowser.on('error', () => {});

  /** Sends one command; to a page when `sessionId` is given, else to the browser. */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (closed) return reject(new Error(closed));
      const id = ++nextId;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer in ${COMMAND_TIMEOUT_MS / 1000} s`));
      }, COMMAND_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer, method });
      toBrowser.write(JSON.stringify({ id, method, params, sessionId }) + '\0');
    });
  /** Calls `listener` with every event; returns a function that stops it. */
  const on = (listener) => (listeners.add(listener), () => listeners.delete(listener));

  const { product } = await send('Browser.getVersion');
  return {
    version: product.replace(/^[^/]*\//, ''),
    send,
    on,
    async close() {
      if (!closed) await send('Browser.close').catch(() => {});
      await new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r() : proc.once('exit', r)));
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A tab in a new, empty browser context (its own cookies and cache: a fresh profile per load), with
 * the viewport set and page events on. Its methods talk to that tab; `close` throws the context away.
 */
export async function openPage(browser, { width, height }) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
  const send = (method, params) => browser.send(method, params, sessionId);
  await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  await send('Page.enable');
  /** Calls `listener` with this tab's events; returns a function that stops it. */
  const on = (listener) => browser.on((m) => m.sessionId === sessionId && listener(m));
  /** The next event named `method`, or a rejection after `timeoutMs`. */
  const waitFor = (method, timeoutMs) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => (stop(), reject(new Error(`${method}: not within ${timeoutMs / 1000} s`))),
        timeoutMs,
      );
      const stop = on((m) => m.method === method && (clearTimeout(timer), stop(), resolve(m.params)));
    });
  return {
    browserContextId,
    send,
    on,
    waitFor,
    /** Goes to `url` and waits for its load event. */
    async navigate(url, timeoutMs = 20_000) {
      const loaded = waitFor('Page.loadEventFired', timeoutMs);
      loaded.catch(() => {}); // awaited below, unless the navigation itself fails
      const { errorText } = await send('Page.navigate', { url });
      if (errorText) throw new Error(`navigation: ${errorText}`);
      await loaded;
    },
    /** The value of `expression` in the page (awaited when it is a promise). */
    async evaluate(expression) {
      const { result, exceptionDetails } = await send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    },
    close: () => browser.send('Target.disposeBrowserContext', { browserContextId }).catch(() => {}),
  };
}
