// `privacy-elements audit <url>`: visits a site in a real browser four times from a clean profile
// (no interaction, "Reject all", "Accept all", Global Privacy Control on), records what it stores
// and whom it contacts, and judges that against the policy manifest.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { formatIssues, parseManifest } from '../../core/manifest/validate.js';
import type { Manifest } from '../../core/manifest/schema.js';
import { BROWSER_ARGS, findBrowser, loadChromium, NoBrowser } from './browser.js';
import { judge, SEVERITIES, type GpcJsonAnswer, type Severity } from './judge.js';
import type { VisitKind, VisitRecord } from './record.js';
import { buildReport, htmlReport, jsonReport, policyFacts, terminalReport } from './report.js';
import { runVisit, Unreachable, type PageFacts, type VisitOptions } from './visit.js';

export interface AuditIo {
  out(line: string): void;
  err(line: string): void;
}

export const AUDIT_USAGE = `usage: privacy-elements audit <url> [options]

  --policy policy.json   judge against this manifest (default: the one the page's script tag names)
  --pages N              same-origin links to follow in each visit (default 5)
  --region CODE          the visitor's region for the GPC visit, e.g. US-CA
  --json out.json        write the report as JSON (- for stdout, instead of the text report)
  --html report.html     write a standalone HTML report with a screenshot of each visit
  --fail-on LEVEL        exit 1 when a finding is at or above error|warning|info (default: error)
  --suggest              print a manifest entry to paste for each undeclared cookie or key
  --tracker-host HOST    count HOST (and hosts under it) as advertising, besides the built-in list
  --browser PATH         the Chrome or Chromium to drive (default: CHROME_PATH, then the system's)

exit 0: nothing at or above --fail-on; 1: something is; 2: the audit could not run`;

const REQUEST_TIMEOUT_MS = 10_000;

/** A one-line reason the audit cannot run: exit 2. */
class CannotRun extends Error {}

async function get(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: 'follow' });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? undefined,
    body: await response.text(),
  };
}

const reason = (e: unknown) => {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (e as Error)?.message ?? String(e);
};

function readManifest(json: string, source: string): Manifest {
  const result = parseManifest(json.replace(/^\uFEFF/, ''));
  if (!result.ok)
    throw new CannotRun(`the policy ${source} is invalid: ${formatIssues(result.issues).split('\n').join('; ')}`);
  return result.manifest;
}

async function pagePolicy(facts: PageFacts): Promise<{ manifest: Manifest; source: string }> {
  if (!facts.policy)
    throw new CannotRun("the page's script tag names no policy (data-policy): pass --policy policy.json");
  if ('inline' in facts.policy)
    return { manifest: readManifest(facts.policy.inline, facts.policy.ref), source: `${facts.policy.ref} in the page` };
  const { url } = facts.policy;
  let answer;
  try {
    answer = await get(url);
  } catch (e) {
    throw new CannotRun(`the page's policy ${url} could not be loaded (${reason(e)}): pass --policy policy.json`);
  }
  if (answer.status !== 200)
    throw new CannotRun(
      `the page's policy ${url} could not be loaded (HTTP ${answer.status}): pass --policy policy.json`,
    );
  return { manifest: readManifest(answer.body, url), source: url };
}

async function wellKnownGpc(siteUrl: string): Promise<GpcJsonAnswer> {
  const url = new URL('/.well-known/gpc.json', siteUrl).href;
  try {
    return { url, ...(await get(url)) };
  } catch (e) {
    return { url, error: reason(e) };
  }
}

const save = (file: string, text: string) =>
  writeFile(file, text).catch((e: NodeJS.ErrnoException) => {
    throw new CannotRun(`${file}: cannot be written (${e.code ?? e.message})`);
  });

interface Options {
  url: string;
  policy?: string;
  pages: number;
  region?: string;
  json?: string;
  html?: string;
  failOn: Severity;
  suggest: boolean;
  trackerHosts: string[];
  browser?: string;
}

function parse(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      policy: { type: 'string' },
      pages: { type: 'string' },
      region: { type: 'string' },
      json: { type: 'string' },
      html: { type: 'string' },
      'fail-on': { type: 'string' },
      suggest: { type: 'boolean' },
      'tracker-host': { type: 'string', multiple: true },
      browser: { type: 'string' },
    },
  });
  const [url, ...extra] = positionals;
  if (!url || extra.length) throw new Error('expected one URL');
  if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) throw new Error(`not an http(s) URL: ${url}`);
  const pages = Number(values.pages ?? 5);
  if (!Number.isInteger(pages) || pages < 0 || pages > 100)
    throw new Error('--pages: expected a whole number from 0 to 100');
  const failOn = (values['fail-on'] ?? 'error') as Severity;
  if (!SEVERITIES.includes(failOn)) throw new Error(`--fail-on: expected one of ${SEVERITIES.join(', ')}`);
  return {
    url,
    policy: values.policy,
    pages,
    region: values.region,
    json: values.json,
    html: values.html,
    failOn,
    suggest: values.suggest ?? false,
    trackerHosts: values['tracker-host'] ?? [],
    browser: values.browser,
  };
}

/**
 * The first visit, and once its start page shows the banner, the other three beside it: much of a
 * visit is waiting for the page to settle, which overlaps well even on two cores.
 */
async function runVisits(
  browser: Browser,
  options: VisitOptions,
): Promise<{ visits: VisitRecord[]; facts: PageFacts }> {
  let started!: (facts: PageFacts) => void;
  const factsReady = new Promise<PageFacts>((resolve) => (started = resolve));
  const first = runVisit(browser, 'first', options, started);
  const facts = await Promise.race([factsReady, first.then(() => factsReady)]);
  const rest: VisitKind[] = facts.ourBanner ? ['reject', 'accept', 'gpc'] : [];
  const visits = await Promise.all([first, ...rest.map((kind) => runVisit(browser, kind, options))]);
  return { visits, facts };
}

/** Runs the audit; resolves to the exit code (0 clean, 1 findings at or above --fail-on, 2 could not run). */
export async function run(args: string[], io: AuditIo): Promise<number> {
  let options: Options;
  try {
    options = parse(args);
  } catch (e) {
    io.err(`privacy-elements audit: ${(e as Error).message}\n${AUDIT_USAGE}`);
    return 2;
  }
  // A live line on a terminal; plain lines otherwise (a CI log keeps each one).
  const live = io.err === console.error && process.stderr.isTTY;
  const progress = live
    ? (line: string) => process.stderr.write(`\r\u001b[K${line.slice(0, (process.stderr.columns ?? 80) - 1)}`)
    : (line: string) => io.err(`audit: ${line}`);
  const colour =
    !process.env.NO_COLOR && (!!process.env.FORCE_COLOR || (io.out === console.log && !!process.stdout.isTTY));
  let browser: Browser | undefined;
  const started = Date.now();
  try {
    let policy: { manifest: Manifest; source: string } | undefined;
    if (options.policy) {
      const file = options.policy;
      const json = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
        throw new CannotRun(`${file}: cannot be read (${e.code ?? e.message})`);
      });
      policy = { manifest: readManifest(json, file), source: file };
    }
    const chromium = await loadChromium();
    const path = findBrowser(chromium, options.browser);
    // Only whether anything answers: the status is the browser's to judge (some sites refuse other clients).
    await fetch(options.url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(
      (answer) => answer.body?.cancel(),
      (e) => {
        throw new CannotRun(`${options.url} cannot be reached (${reason(e)})`);
      },
    );
    browser = await chromium.launch({ executablePath: path, headless: true, args: BROWSER_ARGS }).catch((e: Error) => {
      throw new NoBrowser(`the browser at ${path} did not start: ${e.message.split('\n')[0]}`);
    });
    progress(`browser ${path} (${browser.version()})`);
    const { url, pages, region, trackerHosts } = options;
    const { visits, facts } = await runVisits(browser, { url, pages, region, screenshot: !!options.html, progress });
    policy ??= await pagePolicy(facts);
    const gpcJson = await wellKnownGpc(options.url);
    const findings = judge(policy.manifest, visits, {
      siteUrl: url,
      ourBanner: facts.ourBanner,
      region,
      trackerHosts,
      gpcJson,
    });
    const report = buildReport(
      {
        url: options.url,
        startedAt: new Date(started).toISOString(),
        durationMs: Date.now() - started,
        browser: { path, version: browser.version() },
        policy: policyFacts(policy.manifest, policy.source),
        region: options.region,
        pagesPerVisit: options.pages + 1,
        visits,
        gpcJson,
        findings,
        failOn: options.failOn,
      },
      policy.manifest,
    );
    if (live) process.stderr.write('\r\u001b[K');
    if (options.json === '-') io.out(jsonReport(report).trimEnd());
    else for (const line of terminalReport(report, { colour, suggest: options.suggest })) io.out(line);
    if (options.json && options.json !== '-') await save(options.json, jsonReport(report));
    if (options.html) await save(options.html, htmlReport(report));
    return report.passed ? 0 : 1;
  } catch (e) {
    if (live) process.stderr.write('\r\u001b[K');
    if (e instanceof CannotRun || e instanceof NoBrowser || e instanceof Unreachable) {
      io.err(`privacy-elements audit: ${e.message}`);
      return 2;
    }
    io.err(`privacy-elements audit: the audit failed: ${(e as Error)?.stack ?? e}`);
    return 2;
  } finally {
    await browser?.close().catch(() => undefined);
  }
}
