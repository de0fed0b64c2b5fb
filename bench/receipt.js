#!/usr/bin/env node
// A control for the large-policy pages: the long tasks of a page that only fetches the same policy
// and reads its body, with no library at all, at the bench's CPU rate.
//
//   node bench/receipt.js [--runs N] [--rate R]
//
// Serves the two generated policies (bench/policies.js) and an empty page on 127.0.0.1, loads the
// page in a fresh browser context per run, and reads each policy three ways: `response.text()`,
// the body's stream decoded in pieces, and the stream's bytes alone, not decoded. Prints the long
// tasks (Long Tasks API) each run saw. What it shows is the browser's own cost of receiving the
// bytes, which no library reading the policy can avoid.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage } from './cdp.js';
import { manyCategoriesPolicy, unknownKeysPolicy } from './policies.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : Number(args[i + 1]);
};
const runs = option('--runs', 3);
const rate = option('--rate', 4);

const base = JSON.parse(fs.readFileSync(path.join(root, 'bench/pages/policy.json'), 'utf8'));
const bodies = {
  '/many-categories.json': JSON.stringify(manyCategoriesPolicy(base)),
  '/unknown-keys.json': JSON.stringify(unknownKeysPolicy(base)),
};
const server = http.createServer((req, res) => {
  const body = bodies[req.url];
  res.writeHead(200, { 'content-type': body ? 'application/json' : 'text/html' });
  res.end(body ?? '<!doctype html><title>receipt</title><p>An empty page.</p>');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// Runs in the page: reads the policy one way, then waits for late tasks; returns the long tasks seen.
const read = (file, how) => `(async () => {
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask' });
  const response = await fetch(${JSON.stringify(file)});
  if (${JSON.stringify(how)} === 'text()') await response.text();
  else {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (${JSON.stringify(how)} === 'decoded') decoder.decode(value, { stream: true });
    }
  }
  await new Promise((ok) => setTimeout(ok, 500));
  return tasks;
})()`;

const browser = await launch(process.env.CHROME_PATH || '/usr/bin/chromium');
try {
  console.log(`Long tasks at ${rate}x while a page with no library reads a policy (ms, each run)`);
  for (const file of Object.keys(bodies))
    for (const how of ['text()', 'decoded', 'bytes only']) {
      const seen = [];
      for (let run = 0; run < runs; run++) {
        const tab = await openPage(browser, { width: 1280, height: 800 });
        try {
          await tab.navigate(`${origin}/`);
          await tab.send('Emulation.setCPUThrottlingRate', { rate });
          seen.push(await tab.evaluate(read(file, how)));
        } finally {
          await tab.close();
        }
      }
      const longest = Math.max(0, ...seen.flat());
      console.log(
        `${file.slice(1).padEnd(22)} ${how.padEnd(10)} longest ${String(longest).padStart(4)}  ${seen.map((t) => `[${t.join(' ')}]`).join(' ')}`,
      );
    }
} finally {
  await browser.close();
  server.close();
}
