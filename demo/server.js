// The demo server: the demo's pages and the builds they load, with the receiver
// (privacy-elements/server) answering the consent and request endpoints and gpc.json.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createReceiver, pgliteStore, toNodeListener } from '../dist/server/index.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where the demo keeps its database by default: outside every served folder, and git-ignored. */
export const DEFAULT_DATA_DIR = join(ROOT, '.data/demo');
/**
 * The only folders served: the demo, the builds, the schema, the pages the browser tests open, and
 * the packages the single-page demo's import map names. Nothing else of the repository, no dotfile.
 */
const SERVED = [
  'demo/',
  'dist/',
  'schema/',
  'themes/',
  'test/e2e/pages/',
  ...['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'js-cookie'].map((p) => `node_modules/${p}/`),
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/**
 * Pages named *.strict.html are served under the strictest policy the library promises to work with:
 * Trusted Types required, and only the two policies it creates allowed (its own and Lit's).
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; trusted-types privacy-elements lit-html";

function send(res, status, body, headers = {}) {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

/**
 * The demo's endpoints, answered by the receiver on the embedded store in `dataDir`, for the policy
 * `gpcPolicy`. Reading requests and records over HTTP needs `adminToken` (default: the
 * PRIVACY_ADMIN_TOKEN variable; without it, nobody can). Other receiver options pass through.
 * Returns a Node listener that resolves true when it answered; `open()` opens the store, `close()` closes it.
 */
export function apiHandler({
  dataDir = DEFAULT_DATA_DIR,
  gpcPolicy = 'demo/policies/example-shop.json',
  adminToken = process.env.PRIVACY_ADMIN_TOKEN,
  ...options
} = {}) {
  const policy = JSON.parse(readFileSync(join(ROOT, gpcPolicy), 'utf8'));
  // The store opens on first use (or `open()`), so a test runner that only imports this starts at once.
  let receiver;
  let listener;
  const open = () => {
    receiver ??= createReceiver({ policy, store: pgliteStore(dataDir), adminToken, ...options });
    listener ??= toNodeListener(receiver);
    return receiver.ready;
  };
  const handle = async (req, res) => {
    let path;
    try {
      path = new URL(req.url, 'http://localhost').pathname;
    } catch {
      return false;
    }
    if (!path.startsWith(`${options.basePath ?? '/api'}/`) && path !== '/.well-known/gpc.json') return false;
    void open().catch(() => {}); // a store that cannot open is answered 503 by the receiver
    if (!receiver.handles(path)) return false;
    await new Promise((done) => {
      res.on('close', done);
      listener(req, res);
    });
    return true;
  };
  return Object.assign(handle, { open, close: () => receiver?.close() ?? Promise.resolve() });
}

/** The file a URL path names, if it lies in a served folder and no part of it starts with a dot. */
function servedFile(path) {
  const file = normalize(join(ROOT, path));
  const relative = file
    .slice(ROOT.length + 1)
    .split(sep)
    .join('/');
  if (!file.startsWith(ROOT + sep) || relative.split('/').some((part) => part.startsWith('.'))) return undefined;
  return SERVED.some((dir) => `${relative}/`.startsWith(dir)) ? file : undefined;
}

/**
 * Starts the demo server: the receiver plus the served folders. `port: 0` picks a free port; a
 * busy port is reported in one line and the next one tried. Resolves to the server and its base
 * URL once the store is open; closing the server closes the store.
 */
export async function startServer({ port = 8000, host = '127.0.0.1', log = console.error, ...options } = {}) {
  const api = apiHandler(options);
  await api.open();
  const server = createServer((req, res) =>
    serve(req, res).catch((e) => {
      // A malformed request (a broken %-escape, an unparseable URL) gets an answer; the server keeps running.
      if (!res.headersSent)
        send(res, e instanceof URIError || e instanceof TypeError ? 400 : 500, { error: 'bad request' });
      else res.destroy();
    }),
  );
  server.on('close', () => void api.close().catch((e) => log(`demo: closing the store: ${e.message}`)));
  async function serve(req, res) {
    if (await api(req, res)) return;
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
    if (path === '/') return send(res, 302, '', { location: '/demo/' });
    if (path === '/favicon.ico') return send(res, 204, '');
    let file = servedFile(path);
    if (file && (await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = file && (await readFile(file).catch(() => null));
    if (!body) return send(res, 404, { error: 'not found' });
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (file.endsWith('.strict.html')) headers['content-security-policy'] = STRICT_CSP;
    // The script tag's chunks are ES modules, fetched with CORS: a page on another origin, or in a sandboxed frame, needs this.
    if (path.startsWith('/dist/')) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
  for (let tried = port; ; tried++) {
    const error = await new Promise((ok) => {
      server.once('error', ok);
      server.listen(tried, host, () => (server.off('error', ok), ok(undefined)));
    });
    if (!error) break;
    if (error.code !== 'EADDRINUSE' || port === 0 || tried - port >= 20) {
      await api.close();
      throw error;
    }
    log(`port ${tried} is busy; trying ${tried + 1}`);
  }
  return { server, url: `http://${host}:${server.address().port}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { server, url } = await startServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`privacy-elements demo: ${url}/demo/ (data in ${DEFAULT_DATA_DIR})`);
  // Ctrl-C closes the store cleanly, and the process ends when it is closed.
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => (server.close(), server.closeAllConnections()));
}
