// One visit: a fresh browser context (an empty profile), the start page, the choice the visit is
// about, then up to N same-origin links, recording storage, requests and Consent Mode after each page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hostOf, registrableDomain } from './known-hosts.js';
import {
  readConsentMode,
  readPageStorage,
  watchContext,
  type StorageEntry,
  type VisitKind,
  type VisitRecord,
} from './record.js';

export const VISITS: readonly { kind: VisitKind; label: string }[] = [
  { kind: 'first', label: 'first visit, no interaction' },
  { kind: 'reject', label: 'Reject all' },
  { kind: 'accept', label: 'Accept all' },
  { kind: 'gpc', label: 'Global Privacy Control on, then Accept all' },
];

export interface VisitOptions {
  readonly url: string;
  readonly pages: number;
  readonly region?: string;
  readonly screenshot: boolean;
  readonly progress: (line: string) => void;
}

/** What the start page says about the library on it. */
export interface PageFacts {
  /** The banner and its page API are there. */
  readonly ourBanner: boolean;
  /** The script tag's `data-policy`, resolved: a URL, or the text of the `#id` data block. */
  readonly policy?: { readonly url: string } | { readonly inline: string; readonly ref: string };
}

const NAVIGATION_TIMEOUT_MS = 30_000;
/** How long the banner may take to show, take a click and store the choice: generous, since a working page answers at once. */
const BANNER_TIMEOUT_MS = 10_000;
/** Links to files a crawl has no reason to open. */
const NOT_A_PAGE = /\.(json|xml|pdf|zip|gz|png|jpe?g|gif|svg|webp|ico|css|js|mjs|txt|csv|mp4|mp3|woff2?)$/i;

/** The site a URL belongs to: scheme and registrable domain (ports do not make another site). */
export const siteOf = (url: string) => `${new URL(url).protocol}//${registrableDomain(hostOf(url))}`;

/** Thrown when the start page cannot be loaded: the audit cannot run. */
export class Unreachable extends Error {}

/** Same-origin links of the page, light DOM and open shadow roots, without fragments, in page order. */
async function linksOf(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page
    .evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const a of root.querySelectorAll('a[href]'))
          if (!a.hasAttribute('download')) found.push(String((a as HTMLAnchorElement).href));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return found;
    })
    .catch(() => [] as string[]);
  const links: string[] = [];
  for (const href of hrefs) {
    try {
      const u = new URL(href);
      u.hash = '';
      if (u.origin === origin && !NOT_A_PAGE.test(u.pathname) && !links.includes(u.href)) links.push(u.href);
    } catch {
      // not a URL
    }
  }
  return links;
}

/** Whether the page runs our banner and its page API, and which policy its script tag names. */
async function pageFacts(page: Page): Promise<PageFacts> {
  const facts = await page
    .evaluate(() => {
      const api = (window as unknown as { PrivacyElements?: Record<string, unknown> }).PrivacyElements;
      const ourBanner = !!api && typeof api.getConsent === 'function' && !!document.querySelector('privacy-banner');
      const script = document.querySelector('script[data-policy]') as HTMLScriptElement | null;
      const ref = script?.dataset.policy;
      if (!ref) return { ourBanner };
      if (ref.startsWith('#')) {
        const block = document.getElementById(ref.slice(1));
        return {
          ourBanner,
          policy: block?.localName === 'script' ? { inline: String(block.textContent), ref } : undefined,
        };
      }
      return { ourBanner, policy: { url: new URL(ref, document.baseURI).href } };
    })
    .catch(() => ({ ourBanner: false }));
  return facts as PageFacts;
}

/** The part of `window.PrivacyElements` the audit uses. */
interface PageApi {
  PrivacyElements: {
    getConsent(): { method: string; choices: Record<string, boolean> } | undefined;
    isGranted(id: string): boolean;
    openBanner(): void;
  };
}

/** Clicks "Accept all" or "Reject all" on the banner's first layer and reads back the record it stored. */
async function choose(page: Page, which: 'accept' | 'reject', clicked: () => void) {
  const buttons = page.locator('privacy-banner').first().locator('[part~=actions] button.choice');
  const shown = await buttons
    .first()
    .waitFor({ state: 'visible', timeout: BANNER_TIMEOUT_MS })
    .then(
      () => true,
      () => false,
    );
  if (!shown) {
    await page.evaluate(() => (window as unknown as PageApi).PrivacyElements.openBanner()).catch(() => undefined);
    await buttons
      .first()
      .waitFor({ state: 'visible', timeout: BANNER_TIMEOUT_MS / 2 })
      .catch(() => undefined);
  }
  // The first layer's order is fixed: Accept all, Reject all, Customize (whatever the language).
  const button = buttons.nth(which === 'accept' ? 0 : 1);
  await button.waitFor({ state: 'visible', timeout: BANNER_TIMEOUT_MS });
  clicked();
  await button.click({ timeout: BANNER_TIMEOUT_MS });
  await page.waitForFunction(() => (window as unknown as PageApi).PrivacyElements.getConsent(), undefined, {
    timeout: BANNER_TIMEOUT_MS,
  });
  return page.evaluate(() => {
    const api = (window as unknown as PageApi).PrivacyElements;
    const record = api.getConsent()!;
    // What the page is told now, through the same API its own scripts would ask.
    const choices = Object.fromEntries(Object.keys(record.choices).map((id) => [id, api.isGranted(id) === true]));
    return { method: String(record.method), choices };
  });
}

/** Adds what the context holds now to the visit's storage list. */
async function snapshot(
  context: BrowserContext,
  page: Page,
  record: VisitRecord,
  setBy: Map<string, string>,
  afterChoice: boolean,
) {
  const upsert = (entry: Omit<StorageEntry, 'before' | 'after' | 'page'>) => {
    let known = record.storage.find(
      (s) => s.kind === entry.kind && s.name === entry.name && s.domain === entry.domain && s.path === entry.path,
    );
    if (!known) record.storage.push((known = { ...entry, before: false, after: false, page: page.url() }));
    Object.assign(known, entry);
    known[afterChoice ? 'after' : 'before'] = true;
  };
  for (const c of await context.cookies().catch(() => []))
    upsert({
      kind: 'cookie',
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires: c.expires,
      sameSite: c.sameSite,
      secure: c.secure,
      httpOnly: c.httpOnly,
      setBy: setBy.get(c.name),
    });
  const stored = await readPageStorage(page);
  if (stored) {
    for (const name of stored.local) upsert({ kind: 'localStorage', name, domain: stored.origin });
    for (const name of stored.session) upsert({ kind: 'sessionStorage', name, domain: stored.origin });
    for (const name of stored.indexedDB) upsert({ kind: 'indexedDB', name, domain: stored.origin });
  }
  const consentMode = await readConsentMode(page);
  if (consentMode) record.consentMode.push({ ...consentMode, page: page.url(), afterChoice });
}

/** Runs one visit from a fresh context. `facts` receives what the start page says (first visit only). */
export async function runVisit(
  browser: Browser,
  kind: VisitKind,
  options: VisitOptions,
  onStart?: (facts: PageFacts) => void,
): Promise<VisitRecord> {
  const { label } = VISITS.find((v) => v.kind === kind)!;
  const record: VisitRecord = {
    kind,
    label,
    startedAt: Date.now(),
    pages: [],
    storage: [],
    requests: [],
    consentMode: [],
    problems: [],
  };
  const gpc = kind === 'gpc';
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const watch = await watchContext(context, { gpc, region: gpc ? options.region : undefined });
    const page = await context.newPage();
    page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    const origin = new URL(options.url).origin;
    const total = options.pages + 1;
    const step = (n: number, url: string) => options.progress(`${label}: page ${n}/${total} ${url}`);

    step(1, options.url);
    // Chromium fails the navigation itself on an error status with an empty body: keep the status to say so.
    let status = 0;
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) status = r.status();
    });
    await page.goto(options.url, { waitUntil: 'load' }).catch((e: Error) => {
      throw new Unreachable(
        `${options.url}: ${status >= 400 ? `HTTP ${status}` : e.message.split('\n')[0].replace(/^page\.goto: | at \S+$/g, '')}`,
      );
    });
    if (status >= 400) throw new Unreachable(`${options.url}: HTTP ${status}`);
    await watch.quiet();
    const facts = await pageFacts(page);
    onStart?.(facts);
    record.pages.push(page.url());
    await snapshot(context, page, record, watch.setBy, false);

    if (kind !== 'first') {
      if (!facts.ourBanner) throw new Error('the page does not use privacy-banner');
      try {
        record.choice = await choose(
          page,
          kind === 'reject' ? 'reject' : 'accept',
          () => (record.choiceAt = Date.now()),
        );
      } catch (e) {
        record.choice = null;
        const text = `the banner's "${kind === 'reject' ? 'Reject all' : 'Accept all'}" could not be used: ${(e as Error).message.split('\n')[0]}`;
        record.problems.push({ severity: 'warning', text });
      }
      record.choiceAt ??= Date.now();
      await watch.quiet();
      await snapshot(context, page, record, watch.setBy, true);
    }
    if (options.screenshot)
      record.screenshot = await page.screenshot({ type: 'jpeg', quality: 60 }).catch(() => undefined);

    const queue = await linksOf(page, origin);
    const seen = new Set([new URL(page.url()).href.split('#')[0], options.url.split('#')[0]]);
    while (queue.length && record.pages.length < total) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      step(record.pages.length + 1, next);
      const ok = await page.goto(next, { waitUntil: 'load' }).then(
        () => true,
        (e: Error) => (
          record.problems.push({ severity: 'info', text: `${next} did not load: ${e.message.split('\n')[0]}` }),
          false
        ),
      );
      if (!ok) continue;
      await watch.quiet();
      record.pages.push(page.url());
      await snapshot(context, page, record, watch.setBy, record.choiceAt !== undefined);
      for (const link of await linksOf(page, origin)) if (!seen.has(link) && !queue.includes(link)) queue.push(link);
    }

    const site = siteOf(options.url);
    for (const r of watch.requests) {
      if (!/^https?:/.test(r.url) || siteOf(r.url) === site) continue;
      const beforeChoice = record.choiceAt === undefined || r.at < record.choiceAt;
      record.requests.push({ url: r.url, host: hostOf(r.url), type: r.type, beforeChoice, page: r.page });
    }
    return record;
  } finally {
    record.durationMs = Date.now() - record.startedAt;
    await context.close().catch(() => undefined);
  }
}
