#!/usr/bin/env node
// Load-time benchmark: privacy-elements' script-tag build against three peer
// cookie banners and a "floor" (the same banner as static HTML + CSS, no script).
//
//   node bench/run.js [--runs N] [--rate R] [--screenshots DIR]
//
// Serves the repository root on 127.0.0.1 (gzip when accepted), drives Debian
// Chromium headless through playwright-core with a fresh browser context per
// load, CPU throttled 4x through CDP, the pages interleaved round by round.
// Per load it records: ms from navigation start to the banner being visible,
// CDP Performance metrics (ScriptDuration, TaskDuration, JSHeapUsedSize) about
// 500 ms after that, cumulative layout shift, request count, bytes of the
// library (JS/CSS) over the wire, and cookies set before any interaction.
// Writes medians and raw samples to bench/results.json.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsFile = path.join(root, 'bench', 'results.json');

// ---------------------------------------------------------------- options
function usageError(message) {
  return Object.assign(new Error(`${message} (see --help)`), { usage: true });
}
function parseArgs(argv) {
  const opts = { runs: 9, rate: 4, screenshots: null, warmup: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw usageError(`${a} needs a value`);
      return v;
    };
    if (a === '--runs' || a.startsWith('--runs=')) opts.runs = Number(value());
    else if (a === '--rate' || a.startsWith('--rate=')) opts.rate = Number(value());
    else if (a === '--warmup' || a.startsWith('--warmup=')) opts.warmup = Number(value());
    else if (a === '--screenshots' || a.startsWith('--screenshots=')) opts.screenshots = value();
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/run.js [--runs N (default 9, min 7)] [--rate CPU-slowdown (default 4)] [--warmup N (default 1)] [--screenshots DIR]');
      process.exit(0);
    } else throw usageError(`unknown argument ${a}`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 7) throw usageError('--runs must be an integer >= 7');
  if (!(opts.rate >= 1)) throw usageError('--rate must be >= 1');
  if (!Number.isInteger(opts.warmup) || opts.warmup < 0) throw usageError('--warmup must be an integer >= 0');
  return opts;
}

// ---------------------------------------------------------------- pages
// `library`: the banner's own JS/CSS (counted in "bytes"); `config`: the page's
// settings for it (our policy JSON, the peers' config scripts), reported apart.
// `visible`: [shadow host selector or null, selector of the banner box].
const PAGES = [
  { id: 'floor', label: 'floor (static HTML)', url: '/bench/pages/floor.html', library: ['bench/pages/floor.css'], config: [], visible: [null, '.floor-banner'] },
  {
    id: 'ours',
    label: 'privacy-elements',
    url: '/bench/pages/ours.html',
    library: ['dist/privacy-elements.min.js'],
    config: ['bench/pages/policy.json'],
    visible: ['privacy-banner', 'section[part~="panel"]'],
  },
  {
    id: 'ours-banner',
    label: 'privacy-elements, banner script',
    url: '/bench/pages/ours-banner.html',
    library: ['dist/privacy-banner.min.js'],
    config: ['bench/pages/policy.json'],
    visible: ['privacy-banner', 'section[part~="panel"]'],
  },
  {
    // The same banner script with the policy in the page (data-policy="#id"): no request for it.
    id: 'ours-inline',
    label: 'privacy-elements, banner script, policy in the page',
    url: '/bench/pages/ours-inline.html',
    library: ['dist/privacy-banner.min.js'],
    config: [],
    visible: ['privacy-banner', 'section[part~="panel"]'],
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent',
    url: '/bench/pages/vanilla-cookieconsent.html',
    library: ['node_modules/vanilla-cookieconsent/dist/cookieconsent.umd.js', 'node_modules/vanilla-cookieconsent/dist/cookieconsent.css'],
    config: ['bench/pages/vanilla-cookieconsent.config.js'],
    visible: [null, '#cc-main .cm'],
  },
  {
    id: 'osano',
    label: 'cookieconsent (Osano)',
    url: '/bench/pages/osano.html',
    library: ['node_modules/cookieconsent/build/cookieconsent.min.js', 'node_modules/cookieconsent/build/cookieconsent.min.css'],
    config: ['bench/pages/osano.config.js'],
    visible: [null, '.cc-window'],
  },
  {
    id: 'klaro',
    label: 'klaro',
    url: '/bench/pages/klaro.html',
    library: ['node_modules/klaro/dist/klaro.js'],
    config: ['bench/pages/klaro.config.js'],
    visible: [null, '.klaro .cookie-notice'],
  },
];
const OURS = 'ours';
const FLOOR = 'floor';
const VISIBLE_TIMEOUT_MS = 10_000;
const IDLE_AFTER_VISIBLE_MS = 500;

function packageVersion(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- sizes on disk
// The library and config files are read once, at start: the sizes and the
// served bytes then come from the same snapshot even if dist/ is rebuilt mid-run.
const snapshot = new Map(); // absolute path -> Buffer
function read(f) {
  const file = path.join(root, f);
  if (!snapshot.has(file)) snapshot.set(file, fs.readFileSync(file));
  return snapshot.get(file);
}
function sizes(files) {
  const out = { files: {}, raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const buf = read(f);
    const s = {
      sha256: crypto.createHash('sha256').update(buf).digest('hex').slice(0, 16),
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        },
      }).length,
    };
    out.files[f] = s;
    out.raw += s.raw;
    out.gzip += s.gzip;
    out.brotli += s.brotli;
  }
  return out;
}

// ---------------------------------------------------------------- static server
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};
const SERVED = ['/dist/', '/bench/pages/', '/node_modules/', '/schema/'];

function startServer() {
  const cache = new Map(); // path -> { raw, gz }
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = path.join(root, pathname);
    if (!SERVED.some((p) => pathname.startsWith(p)) || !file.startsWith(root + path.sep)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let entry = cache.get(file);
    if (!entry) {
      let raw = snapshot.get(file);
      try {
        if (!raw) {
          if (!fs.statSync(file).isFile()) throw new Error('not a file');
          raw = fs.readFileSync(file);
        }
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      entry = { raw, gz: zlib.gzipSync(raw, { level: 9 }) };
      cache.set(file, entry);
    }
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const body = gzip ? entry.gz : entry.raw;
    const headers = {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------- in-page probe
// Runs before any page script: records layout shifts, and polls once per
// animation frame for the page's banner box (non-zero, on screen, not
// visibility:hidden, no ancestor at opacity 0). `window.__bannerVisible`
// resolves with performance.now() (ms since navigation start) when it shows.
function probe([hostSelector, boxSelector]) {
  window.__cls = 0;
  window.__bannerVisibleAt = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  let resolve;
  window.__bannerVisible = new Promise((r) => (resolve = r));
  const find = () => {
    if (!document.documentElement) return null;
    if (!hostSelector) return document.querySelector(boxSelector);
    const host = document.querySelector(hostSelector);
    return host && host.shadowRoot ? host.shadowRoot.querySelector(boxSelector) : null;
  };
  const shown = (el) => {
    const r = el.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0) || r.top >= innerHeight || r.bottom <= 0) return false;
    if (getComputedStyle(el).visibility === 'hidden') return false;
    // Up through the ancestors, crossing from a shadow root to its host.
    for (let n = el; n; ) {
      const cs = getComputedStyle(n);
      if (cs.display === 'none' || parseFloat(cs.opacity) === 0) return false;
      const parent = n.parentNode;
      n = parent && parent.nodeType === 11 ? parent.host : n.parentElement;
    }
    return true;
  };
  const tick = () => {
    const el = find();
    if (el && shown(el)) {
      window.__bannerVisibleAt = performance.now();
      resolve(window.__bannerVisibleAt);
      return;
    }
    if (performance.now() < 15_000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// ---------------------------------------------------------------- one load
async function measure(browser, base, page, opts, screenshot) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const sample = { visibleMs: null, error: null };
  try {
    const tab = await context.newPage();
    let requests = 0;
    tab.on('request', () => requests++);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.rate });
    await cdp.send('Performance.enable');
    await cdp.send('Network.enable');
    const urls = new Map();
    const wire = new Map(); // path -> { encoded, body }
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.responseReceived', (e) => {
      const len = Number(e.response.headers['content-length'] ?? e.response.headers['Content-Length']);
      const p = new URL(e.response.url).pathname.replace(/^\//, '');
      wire.set(p, { ...(wire.get(p) || {}), body: Number.isFinite(len) ? len : null, encoding: e.response.headers['content-encoding'] || null });
    });
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId);
      if (!url) return;
      const p = new URL(url).pathname.replace(/^\//, '');
      wire.set(p, { ...(wire.get(p) || {}), encoded: e.encodedDataLength });
    });
    await tab.addInitScript(probe, page.visible);

    await tab.goto(base + page.url, { waitUntil: 'load', timeout: 20_000 });
    sample.visibleMs = await tab.evaluate(
      (limit) => Promise.race([window.__bannerVisible, new Promise((r) => setTimeout(() => r(null), Math.max(0, limit - performance.now())))]),
      VISIBLE_TIMEOUT_MS,
    );
    await tab.waitForTimeout(IDLE_AFTER_VISIBLE_MS);

    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    sample.scriptMs = m.ScriptDuration * 1000;
    sample.taskMs = m.TaskDuration * 1000;
    sample.layoutMs = m.LayoutDuration * 1000;
    sample.styleMs = m.RecalcStyleDuration * 1000;
    sample.heapMB = m.JSHeapUsedSize / 1024 / 1024;
    Object.assign(
      sample,
      await tab.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { cls: window.__cls, fcpMs: fcp ? fcp.startTime : null, domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null, loadMs: nav ? nav.loadEventEnd : null };
      }),
    );
    sample.requests = requests;
    sample.cookies = (await context.cookies()).length;
    const bytesOf = (files, key) => files.reduce((sum, f) => (wire.get(f)?.[key] != null ? sum + wire.get(f)[key] : sum), 0);
    const missing = [...page.library, ...page.config].filter((f) => !wire.has(f));
    if (missing.length) sample.error = `not loaded: ${missing.join(', ')}`;
    sample.libraryBodyBytes = bytesOf(page.library, 'body'); // gzipped body (content-length)
    sample.libraryWireBytes = bytesOf(page.library, 'encoded'); // body + response headers (CDP encodedDataLength)
    sample.configBodyBytes = bytesOf(page.config, 'body');
    sample.configWireBytes = bytesOf(page.config, 'encoded');
    sample.contentEncodings = [...new Set(page.library.map((f) => wire.get(f)?.encoding ?? null))];
    if (screenshot) await tab.screenshot({ path: screenshot });
  } catch (err) {
    sample.error = String(err && err.message ? err.message : err).split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return sample;
}

// ---------------------------------------------------------------- stats + output
function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
/** [min, 25th percentile, 75th percentile, max] (linear interpolation), or null. */
function quartiles(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const q = (p) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.min(lo + 1, v.length - 1)] - v[lo]) * (i - lo);
  };
  return [v[0], q(0.25), q(0.75), v[v.length - 1]].map((x) => +x.toFixed(1));
}
const METRICS = ['visibleMs', 'scriptMs', 'taskMs', 'layoutMs', 'styleMs', 'heapMB', 'cls', 'fcpMs', 'domContentLoadedMs', 'loadMs', 'requests', 'cookies', 'libraryBodyBytes', 'libraryWireBytes', 'configBodyBytes', 'configWireBytes'];

function fmt(v, digits = 0) {
  return v == null ? 'n/a' : v.toFixed(digits);
}
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}

// ---------------------------------------------------------------- main
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    console.error(`bench: Chromium not found at ${executablePath}. Install it (apt-get install chromium) or set CHROME_PATH to a Chromium/Chrome binary.`);
    return 2;
  }
  for (const p of PAGES)
    for (const f of [...p.library, ...p.config])
      if (!fs.existsSync(path.join(root, f))) {
        console.error(`bench: missing ${f}${f.startsWith('dist/') ? ' (run npm run build first)' : ''}`);
        return 2;
      }
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    console.error('bench: playwright-core is not installed (npm install).');
    return 2;
  }
  if (opts.screenshots) fs.mkdirSync(opts.screenshots, { recursive: true });

  const diskSizes = Object.fromEntries(PAGES.map((p) => [p.id, { library: sizes(p.library), config: sizes(p.config) }]));

  let server;
  let browser;
  const stop = async () => {
    if (browser) await browser.close().catch(() => {});
    if (server) await new Promise((r) => server.close(r));
    browser = server = undefined;
  };
  let stopping = false;
  const onSignal = (sig) => {
    stopping = true;
    console.error(`\nbench: ${sig}, stopping`);
    stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startServer();
    server.keepAliveTimeout = 1000;
    const base = `http://127.0.0.1:${server.address().port}`;
    try {
      browser = await chromium.launch({
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
    } catch (err) {
      console.error(`bench: could not start Chromium at ${executablePath}: ${String(err.message).split('\n')[0]}`);
      return 2;
    }
    const chromiumVersion = browser.version();
    console.log(`bench: Chromium ${chromiumVersion}, CPU ${opts.rate}x slower, ${opts.runs} loads per page (+${opts.warmup} warm-up round), ${base}`);

    const loadStart = os.loadavg()[0];
    if (loadStart > os.cpus().length * 0.75)
      console.warn(`bench: warning: the machine is busy (1-minute load average ${loadStart.toFixed(1)} on ${os.cpus().length} CPUs); timings will be noisy`);
    const raw = Object.fromEntries(PAGES.map((p) => [p.id, []]));
    const started = Date.now();
    for (let round = -opts.warmup; round < opts.runs; round++) {
      // Round robin; the starting page rotates so no page always goes first.
      const order = PAGES.map((_, i) => PAGES[(i + Math.max(round, 0)) % PAGES.length]);
      for (const page of order) {
        if (stopping) return 130;
        const shot = opts.screenshots && round === 0 ? path.join(opts.screenshots, `${page.id}.png`) : null;
        const sample = await measure(browser, base, page, opts, shot);
        if (stopping) return 130;
        if (round < 0) continue;
        sample.round = round;
        raw[page.id].push(sample);
        if (sample.error) console.warn(`bench: warning: ${page.id} load ${round + 1}: ${sample.error}`);
        if (sample.visibleMs == null) console.warn(`bench: warning: ${page.id} load ${round + 1}: banner not visible within ${VISIBLE_TIMEOUT_MS / 1000} s (recorded null)`);
      }
      process.stdout.write(round < 0 ? 'bench: warm-up done\n' : `bench: round ${round + 1}/${opts.runs} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }

    const medians = {};
    const spread = {};
    for (const p of PAGES) {
      medians[p.id] = Object.fromEntries(METRICS.map((k) => [k, median(raw[p.id].map((s) => s[k]))]));
      spread[p.id] = Object.fromEntries(['visibleMs', 'scriptMs', 'taskMs'].map((k) => [k, quartiles(raw[p.id].map((s) => s[k]))]));
    }
    const floorVisible = medians[FLOOR].visibleMs;
    for (const p of PAGES) {
      const m = medians[p.id];
      m.visibleMinusFloorMs = m.visibleMs != null && floorVisible != null ? m.visibleMs - floorVisible : null;
      m.bannerDetected = raw[p.id].filter((s) => s.visibleMs != null).length;
    }

    const rows = [['page', 'gzip B', 'wire B', 'visible ms', '-floor ms', 'script ms', 'task ms', 'CLS', 'heap MB', 'reqs', 'cookies']];
    for (const p of PAGES) {
      const m = medians[p.id];
      rows.push([
        p.label,
        diskSizes[p.id].library.gzip,
        fmt(m.libraryBodyBytes),
        fmt(m.visibleMs),
        fmt(m.visibleMinusFloorMs),
        fmt(m.scriptMs),
        fmt(m.taskMs),
        fmt(m.cls, 3),
        fmt(m.heapMB, 2),
        fmt(m.requests),
        fmt(m.cookies),
      ]);
    }
    console.log(`\nMedians of ${opts.runs} loads, CPU ${opts.rate}x throttled (gzip B: library JS+CSS on disk, gzip -9; wire B: its gzipped bodies as served)`);
    console.log(table(rows));
    const ours = PAGES.find((p) => p.id === OURS);
    console.log(`\n${ours.label} policy JSON: ${diskSizes[OURS].config.gzip} B gzip on disk, ${fmt(medians[OURS].configBodyBytes)} B served (not in the library bytes above)`);

    const ratio = (a, b) => (a != null && b != null && b !== 0 ? a / b : null);
    const ratios = {};
    const ratioRows = [['peer / ours', 'gzip B', 'visible-floor', 'scripting']];
    for (const p of PAGES) {
      if (p.id.startsWith(OURS) || p.id === FLOOR) continue;
      ratios[p.id] = {
        gzipBytes: ratio(diskSizes[p.id].library.gzip, diskSizes[OURS].library.gzip),
        visibleMinusFloor: ratio(medians[p.id].visibleMinusFloorMs, medians[OURS].visibleMinusFloorMs),
        scripting: ratio(medians[p.id].scriptMs, medians[OURS].scriptMs),
      };
      ratioRows.push([p.label, fmt(ratios[p.id].gzipBytes, 2) + 'x', fmt(ratios[p.id].visibleMinusFloor, 2) + 'x', fmt(ratios[p.id].scripting, 2) + 'x']);
    }
    console.log('\n' + table(ratioRows));
    const undetected = PAGES.filter((p) => medians[p.id].bannerDetected < raw[p.id].length);
    if (undetected.length) console.warn(`\nbench: warning: banner not detected on some loads of: ${undetected.map((p) => `${p.id} (${medians[p.id].bannerDetected}/${raw[p.id].length})`).join(', ')}`);

    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? null,
        cpus: os.cpus().length,
        memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
        os: `${os.type()} ${os.release()} ${os.arch()}`,
        loadAverage1mAtStart: +loadStart.toFixed(2),
        loadAverage1mAtEnd: +os.loadavg()[0].toFixed(2),
      },
      node: process.version,
      chromium: chromiumVersion,
      playwrightCore: packageVersion('node_modules/playwright-core'),
      versions: {
        'privacy-elements': packageVersion('.'),
        'vanilla-cookieconsent': packageVersion('node_modules/vanilla-cookieconsent'),
        cookieconsent: packageVersion('node_modules/cookieconsent'),
        klaro: packageVersion('node_modules/klaro'),
      },
      method: {
        runs: opts.runs,
        warmupRounds: opts.warmup,
        cpuThrottlingRate: opts.rate,
        viewport: '1280x720',
        order: 'round robin, one load of each page per round, starting page rotated each round',
        freshProfile: 'new browser context per load',
        visible: `ms from navigation start (performance.now()) to the first animation frame in which the banner box has a non-zero, on-screen box, is not visibility:hidden and has no ancestor at opacity 0 or display none; null if not within ${VISIBLE_TIMEOUT_MS} ms`,
        metricsAt: `CDP Performance.getMetrics ${IDLE_AFTER_VISIBLE_MS} ms after the banner was visible (or after the timeout)`,
        visibleMinusFloor: 'median(page visible ms) - median(floor visible ms)',
        bytes: 'library = the banner\'s JS/CSS files (not the HTML page, not the config); bodyBytes = gzip -9 body as served (content-length); wireBytes = CDP Network.loadingFinished encodedDataLength (includes response headers)',
        server: 'node:http on 127.0.0.1, gzip level 9 when accepted',
      },
      pages: Object.fromEntries(PAGES.map((p) => [p.id, { label: p.label, url: p.url, library: p.library, config: p.config, visibleSelector: p.visible }])),
      sizes: diskSizes,
      medians,
      spread: { note: '[min, p25, p75, max] per page', ...spread },
      ratiosPeerOverOurs: ratios,
      raw,
    };
    fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
    console.log(`\nbench: wrote ${path.relative(process.cwd(), resultsFile)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    return 0;
  } finally {
    await stop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`bench: ${err && err.usage ? err.message : err && err.stack ? err.stack : err}`);
    process.exitCode = 1;
  },
);
