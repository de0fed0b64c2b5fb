// What one visit records, and the page-side probes that read it. Everything read from the page is
// data from an untrusted site: it is kept as plain strings, numbers and booleans, never run.
import type { BrowserContext, Page } from 'playwright-core';

export type StorageKind = 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB';

export interface StorageEntry {
  readonly kind: StorageKind;
  readonly name: string;
  /** Cookies: the domain and path; other storage: the origin, as `domain`. */
  readonly domain: string;
  readonly path?: string;
  /** Cookies: seconds since the epoch, or -1 for a session cookie. */
  expires?: number;
  sameSite?: string;
  secure?: boolean;
  httpOnly?: boolean;
  /** The response or script that set it, where the browser told us. */
  setBy?: string;
  /** Seen before the visitor chose (or in a visit without a choice), and after a choice. */
  before: boolean;
  after: boolean;
  /** The first page it was seen on. */
  page: string;
}

export interface RequestEntry {
  readonly url: string;
  readonly host: string;
  readonly type: string;
  readonly beforeChoice: boolean;
  readonly page: string;
}

/** A `gtag('consent', …)` call found on `dataLayer`. */
export interface ConsentModeCall {
  readonly action: string;
  readonly state: Readonly<Record<string, string>>;
  /** A default for some regions only (`region: ['US-CA', …]`), which says nothing of a visitor elsewhere. */
  readonly region?: readonly string[];
}

/** The Consent Mode calls on a page's `dataLayer` when it was read, in page order. */
export interface ConsentModeReading {
  readonly page: string;
  readonly afterChoice: boolean;
  readonly calls: readonly ConsentModeCall[];
  /** `config` or `event` commands pushed before the first consent default (or at all, when there is none). */
  readonly tagsBeforeDefault: number;
}

export interface VisitChoice {
  readonly method: string;
  readonly choices: Readonly<Record<string, boolean>>;
}

export type VisitKind = 'first' | 'reject' | 'accept' | 'gpc';

export interface VisitRecord {
  readonly kind: VisitKind;
  readonly label: string;
  readonly startedAt: number;
  choiceAt?: number;
  /** The record the banner stored, read through its page API; null when the choice could not be made. */
  choice?: VisitChoice | null;
  readonly pages: string[];
  readonly storage: StorageEntry[];
  readonly requests: RequestEntry[];
  readonly consentMode: ConsentModeReading[];
  /** What the visit could not do: a page that did not load (info), the banner's button that could not be used (warning). */
  readonly problems: { readonly severity: 'warning' | 'info'; readonly text: string }[];
  screenshot?: Buffer;
  durationMs?: number;
}

/** A page has settled when no request has been in flight for this long, or at the latest after SETTLE_MAX_MS. */
const QUIET_MS = 300;
const SETTLE_MAX_MS = 3_000;

/** Runs in every frame before the page's own scripts: the GPC signal, the region, and a witness on `document.cookie`. */
function pageProbe({ gpc, region, binding }: { gpc: boolean; region?: string; binding: string }) {
  if (gpc)
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
      get: () => true,
      configurable: true,
      enumerable: true,
    });
  if (region) {
    const mark = (el: Element) => {
      if (el.localName === 'script' && el.hasAttribute('data-policy') && !el.hasAttribute('data-region'))
        el.setAttribute('data-region', region);
    };
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element) [n, ...n.querySelectorAll('script[data-policy]')].forEach(mark);
    }).observe(document, { childList: true, subtree: true });
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (!cookie?.set) return;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    enumerable: cookie.enumerable,
    get: cookie.get,
    set(value: string) {
      try {
        (window as unknown as Record<string, (v: string, s: string) => void>)[binding]?.(
          String(value),
          String(new Error().stack),
        );
      } catch {
        // the witness never changes what the page does
      }
      cookie.set!.call(this, value);
    },
  });
}

/** The name a `Set-Cookie` header or a `document.cookie` write sets. */
export const cookieName = (line: string) => line.split(';')[0].split('=')[0].trim();

/** The first http(s) frame of a stack trace: the script that wrote, with its line. */
export function scriptOf(stack: string, pageUrl: string): string | undefined {
  const match = /(https?:\/\/[^\s()]+?):(\d+):\d+/.exec(stack);
  if (!match) return undefined;
  return match[1] === pageUrl.split('#')[0]
    ? `inline script in ${match[1]} line ${match[2]}`
    : `script ${match[1]} line ${match[2]}`;
}

/**
 * Watches a fresh context: which response or script set each cookie name (the first one), and every
 * request with the time it was made. `quiet()` waits for the page's requests to stop.
 */
export async function watchContext(context: BrowserContext, options: { gpc: boolean; region?: string }) {
  const setBy = new Map<string, string>();
  const requests: { url: string; type: string; at: number; page: string }[] = [];
  const pending = new Set<Promise<void>>();
  const binding = `__privacyAudit${Math.random().toString(36).slice(2)}`;
  await context.exposeBinding(binding, ({ frame }, value: unknown, stack: unknown) => {
    const name = cookieName(String(value));
    const by = scriptOf(String(stack), frame.url());
    if (name && by && !setBy.has(name)) setBy.set(name, by);
  });
  await context.addInitScript(pageProbe, { ...options, binding });
  if (options.gpc) await context.setExtraHTTPHeaders({ 'Sec-GPC': '1' });
  // Requests in flight, for `quiet()`: the page has settled when none has been for a moment.
  let inFlight = 0;
  let lastChange = Date.now();
  const done = () => ((inFlight = Math.max(0, inFlight - 1)), (lastChange = Date.now()));
  context.on('requestfinished', done);
  context.on('requestfailed', done);
  context.on('request', (request) => {
    inFlight++;
    lastChange = Date.now();
    let page = '';
    try {
      page = request.frame().page().url();
    } catch {
      // a service worker's request has no frame
    }
    requests.push({ url: request.url(), type: request.resourceType(), at: Date.now(), page });
  });
  context.on('response', (response) => {
    const read = response
      .headersArray()
      .then((headers) => {
        for (const h of headers)
          if (h.name.toLowerCase() === 'set-cookie')
            for (const line of h.value.split('\n')) {
              const name = cookieName(line);
              if (name && !setBy.has(name)) setBy.set(name, `response ${response.url()}`);
            }
      })
      .catch(() => undefined)
      .finally(() => pending.delete(read));
    pending.add(read);
  });
  return {
    setBy,
    requests,
    /** Waits until no request has been in flight for `idleMs` (at most `maxMs`), then for header reads under way. */
    quiet: async (idleMs = QUIET_MS, maxMs = SETTLE_MAX_MS) => {
      const end = Date.now() + maxMs;
      while (Date.now() < end && (inFlight > 0 || Date.now() - lastChange < idleMs))
        await new Promise((ok) => setTimeout(ok, 50));
      while (pending.size) await Promise.all([...pending]);
    },
  };
}

interface PageStorage {
  origin: string;
  local: string[];
  session: string[];
  indexedDB: string[];
}

/** The page's own storage keys and IndexedDB database names (its origin only). */
export async function readPageStorage(page: Page): Promise<PageStorage | undefined> {
  return page
    .evaluate(async () => {
      const keys = (store: () => Storage) => {
        try {
          const s = store();
          return Array.from({ length: s.length }, (_, i) => String(s.key(i)));
        } catch {
          return [];
        }
      };
      let databases: string[] = [];
      try {
        databases = ((await indexedDB.databases?.()) ?? []).map((d) => String(d.name));
      } catch {
        // storage blocked, or an opaque origin
      }
      return {
        origin: String(location.origin),
        local: keys(() => localStorage),
        session: keys(() => sessionStorage),
        indexedDB: databases,
      };
    })
    .catch(() => undefined);
}

/** The Consent Mode calls on the page's `dataLayer`, in order, copied as plain data. */
export async function readConsentMode(
  page: Page,
): Promise<Omit<ConsentModeReading, 'page' | 'afterChoice'> | undefined> {
  return page
    .evaluate(() => {
      const layer = (window as unknown as { dataLayer?: unknown }).dataLayer;
      if (!Array.isArray(layer)) return undefined;
      const calls: { action: string; state: Record<string, string>; region?: string[] }[] = [];
      let tagsBeforeDefault = 0;
      for (const entry of layer) {
        if (!entry || typeof entry !== 'object' || typeof (entry as { length?: unknown }).length !== 'number') continue;
        const args = Array.from(entry as ArrayLike<unknown>);
        const defaulted = calls.some((c) => c.action === 'default');
        if ((args[0] === 'config' || args[0] === 'event') && !defaulted) tagsBeforeDefault++;
        if (args[0] !== 'consent' || typeof args[1] !== 'string') continue;
        const state: Record<string, string> = {};
        const fields = args[2] && typeof args[2] === 'object' ? (args[2] as Record<string, unknown>) : {};
        for (const [k, v] of Object.entries(fields)) if (typeof v === 'string') state[k] = v;
        const region = Array.isArray(fields.region) ? fields.region.map(String) : undefined;
        calls.push({ action: args[1], state, ...(region ? { region } : {}) });
      }
      return { calls, tagsBeforeDefault };
    })
    .catch(() => undefined);
}
