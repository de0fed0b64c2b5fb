// A receiver in a process of its own, for the tests and the load test that kill it: the embedded
// store in the folder given as argument (or DATABASE_URL's server when none is given), the demo
// policy, no rate limit. Prints {"port": N} once it listens; SIGTERM closes the store, prints
// {"cpuSeconds": N} (the CPU time it used) and exits.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createReceiver, openStore, toNodeListener } from '../dist/server/index.js';

export const ADMIN_TOKEN = 'receiver-process-admin-token';
const policy = JSON.parse(readFileSync(new URL('../demo/policies/example-shop.json', import.meta.url), 'utf8'));

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const receiver = createReceiver({
    policy,
    store: openStore({ dataDir: process.argv[2] }),
    adminToken: ADMIN_TOKEN,
    rateLimit: false,
  });
  await receiver.ready;
  const server = createServer(toNodeListener(receiver));
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close();
    receiver.close().then(() => {
      const { user, system } = process.cpuUsage();
      process.stdout.write(`${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`, () => process.exit(0));
    });
  });
}
