// The demo server: serves the project over localhost, stores what the demo's
// consent and request endpoints receive (JSON Lines), and serves gpc.json.
import { createServer } from 'node:http';
import { appendFile, mkdir, readFile, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
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
const MAX_BODY = 64 * 1024;

function send(res, status, body, headers = {}) {
  const data = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error('body too large'), { status: 413 });
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw Object.assign(new Error('expected a JSON body'), { status: 400 });
  }
}

async function readLines(file) {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

const RIGHT = /^[a-z-]{2,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The demo's endpoints: privacy requests and consent records (stored as JSON
 * Lines in `dataDir`) and /.well-known/gpc.json. Resolves true when it answered.
 */
export function apiHandler({ dataDir = join(ROOT, 'demo/data'), gpcPolicy = 'demo/policies/example-shop.json' } = {}) {
  const requestsFile = join(dataDir, 'requests.jsonl');
  const consentFile = join(dataDir, 'consent.jsonl');
  const ready = mkdir(dataDir, { recursive: true });
  return async (req, res) => {
    await ready;
    let path;
    try {
      path = new URL(req.url, 'http://localhost').pathname;
    } catch {
      return send(res, 400, { error: 'bad request' }), true;
    }
    try {
      if (path === '/api/privacy-requests' && req.method === 'POST') {
        const body = await readJson(req);
        const text = (key) => (typeof body?.[key] === 'string' ? body[key] : undefined);
        if (!RIGHT.test(text('right') ?? '') || !EMAIL.test(text('email') ?? '') || [text('details'), text('accountIdentifier')].some((v) => (v?.length ?? 0) > 10_000))
          return send(res, 422, { error: 'expected {"right": "...", "email": "...", "details"?: "...", "accountIdentifier"?: "..."}' }), true;
        const reference = `PR-${randomUUID().slice(0, 8).toUpperCase()}`;
        // Only what the form sends is kept, and the server's own reference and time cannot be overwritten.
        const request = { right: text('right'), email: text('email'), details: text('details') ?? '', ...(text('accountIdentifier') ? { accountIdentifier: text('accountIdentifier') } : {}) };
        await appendFile(requestsFile, JSON.stringify({ ...request, reference, receivedAt: new Date().toISOString() }) + '\n');
        return send(res, 201, { reference }), true;
      }
      if (path.startsWith('/api/privacy-requests/') && req.method === 'GET') {
        const reference = path.split('/').pop();
        const found = (await readLines(requestsFile)).find((r) => r.reference === reference);
        return (found ? send(res, 200, found) : send(res, 404, { error: 'no such request' })), true;
      }
      if (path === '/api/consent' && req.method === 'POST') {
        const record = await readJson(req);
        if (!record || typeof record !== 'object' || typeof record.id !== 'string') return send(res, 422, { error: 'expected a consent record' }), true;
        await appendFile(consentFile, JSON.stringify({ receivedAt: new Date().toISOString(), record }) + '\n');
        return send(res, 204, ''), true;
      }
      if (path === '/api/consent' && req.method === 'GET') return send(res, 200, await readLines(consentFile)), true;
      if (path === '/.well-known/gpc.json') {
        const { gpcJson } = await import('../dist/core/signals/gpc-json.js');
        return send(res, 200, gpcJson(JSON.parse(await readFile(join(ROOT, gpcPolicy), 'utf8')))), true;
      }
      return false;
    } catch (e) {
      send(res, e.status ?? 500, { error: e.status ? e.message : 'internal error' });
      if (!e.status) console.error(e);
      return true;
    }
  };
}

/**
 * Starts the demo server: the API above plus the project's files. `port: 0`
 * picks a free port; resolves to the server and its base URL.
 */
export async function startServer({ port = 8000, host = '127.0.0.1', ...options } = {}) {
  const api = apiHandler(options);
  const server = createServer((req, res) =>
    serve(req, res).catch((e) => {
      // A malformed request (a broken %-escape, an unparseable URL) gets an answer; the server keeps running.
      if (!res.headersSent) send(res, e instanceof URIError || e instanceof TypeError ? 400 : 500, { error: 'bad request' });
      else res.destroy();
    }),
  );
  async function serve(req, res) {
    if (await api(req, res)) return;
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method not allowed' });
    if (path === '/') return send(res, 302, '', { location: '/demo/' });
    if (path === '/favicon.ico') return send(res, 204, '');
    let file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT + '/') && file !== ROOT) return send(res, 403, { error: 'forbidden' });
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) return send(res, 404, { error: 'not found' });
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (file.endsWith('.strict.html')) headers['content-security-policy'] = STRICT_CSP;
    // The script tag's chunks are ES modules, fetched with CORS: a page on another origin, or in a sandboxed frame, needs this.
    if (path.startsWith('/dist/')) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
  await new Promise((ok) => server.listen(port, host, ok));
  return { server, url: `http://${host}:${server.address().port}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8000) });
  console.log(`privacy-elements demo: ${url}/demo/`);
}
