// The script tag (`privacy-elements.min.js`): a small classic script that starts the policy
// request at once, then loads, as ES modules beside itself, only the code the page needs: the
// banner with its strings in the page's language, each other element when its tag appears, and
// a language's remaining strings when an element asks for them. `window.PrivacyElements` is there
// from the start; calls made before the code arrives are queued and run when it does.
import { currentScript, currentScriptData, documentMethod, documentProperty } from './internal/page-document.js';
import { inPageRef, requestManifest } from './core/manifest/request.js';
import { catalogFor, type Locale } from './core/i18n/available.js';
import { emit } from './internal/emit.js';
import { DEVELOPMENT } from './internal/build-mode.js';
import type * as Runtime from './script-runtime.js';

type Api = Pick<
  typeof Runtime,
  'getConsent' | 'isGranted' | 'onConsentChange' | 'openPreferences' | 'openBanner' | 'configure' | 'registerCatalog'
>;

const TAGS = ['privacy-banner', 'privacy-summary', 'privacy-request', 'privacy-signals'] as const;
type Tag = (typeof TAGS)[number];
/** The strings each element needs, by the name of its locale chunk. */
const PARTS: Record<Tag, string> = {
  'privacy-banner': 'banner',
  'privacy-summary': 'summary',
  'privacy-request': 'request',
  'privacy-signals': 'signals',
};

const options = currentScriptData();
// Chunks sit beside the script, wherever it is served from (a CDN path, a sub-folder).
const base = currentScript()?.src || documentProperty('baseURI');
const chunkUrl = (name: string) => new URL(`chunks/${name}.js`, base).href;

const policy = options.policy;
// Without fetch the runtime reports the policy as unloadable; the loader must not stop on it.
const policyResponse =
  policy && !inPageRef(policy) && typeof fetch === 'function'
    ? requestManifest(new URL(policy, documentProperty('baseURI')).href)
    : undefined;
// A failed request is reported by the elements that use it, not as an unhandled rejection here.
policyResponse?.catch(() => {});

const reported = new Set<unknown>();
const chunks = new Map<string, Promise<unknown>>();

/**
 * Imports a chunk once. One that fails (offline, 404, a CSP) grants nothing and is reported once,
 * naming the file; chunks that fail on one shared module's error are reported once for it.
 */
function load<T>(name: string): Promise<T> {
  let pending = chunks.get(name);
  if (!pending) {
    const url = chunkUrl(name);
    pending = import(/* @vite-ignore */ url);
    pending.catch((error: unknown) => {
      if (reported.has(url) || reported.has(error)) return;
      reported.add(url).add(error);
      // Under `trusted-types 'none'` (or a list without our names) Lit cannot create its policy.
      const message = /TrustedType|createPolicy/i.test(String(error))
        ? `${url} could not start: the page's Content-Security-Policy refuses its Trusted Types policies; allow them with: trusted-types privacy-elements lit-html`
        : `could not load ${url} (${(error as Error)?.message ?? error})`;
      console.error(`privacy-elements: ${message}; nothing optional is enabled.`);
      emit(document, 'privacy-error', { issues: [{ path: '$', message }], omitted: 0, source: url });
    });
    chunks.set(name, pending);
  }
  return pending as Promise<T>;
}

/** The page's language, as the elements will resolve it, and its built-in catalog if there is one. */
const pageLocale = (): Locale | undefined =>
  catalogFor(options.lang || documentProperty('documentElement')?.lang || globalThis.navigator?.languages?.[0]);

const localeChunk = (locale: Locale, part: string) => load(`locales/${locale}/${part}`).catch(() => {});

// The development build checks every manifest with the full validator: it is in place before any element runs.
const validatorReady: Promise<unknown> | undefined = DEVELOPMENT ? load('development') : undefined;
const code = <T>(name: string): Promise<T> =>
  validatorReady ? validatorReady.then(() => load<T>(name)) : load<T>(name);

/** An element's code, and with it its strings in the page's language. */
function define(tag: Tag): Promise<unknown> {
  const locale = pageLocale();
  return Promise.all([code(tag), locale && localeChunk(locale, PARTS[tag])]);
}

let api: Api | undefined;
const queue: ((api: Api) => void)[] = [];
/** A call that needs the runtime: made now if it is there, else queued. */
const later =
  <K extends 'openPreferences' | 'openBanner' | 'configure' | 'registerCatalog'>(name: K) =>
  (...args: Parameters<Api[K]>) =>
    api
      ? (api[name] as (...a: unknown[]) => void)(...args)
      : void queue.push((a) => (a[name] as (...x: unknown[]) => void)(...args));

const pageApi = {
  /** The visitor's consent record; undefined until it has been read. */
  getConsent: () => api?.getConsent(),
  /** Whether a category may be used now: false until the consent is known (fail closed). */
  isGranted: (category: string) => api?.isGranted(category) ?? false,
  onConsentChange(callback: Parameters<Api['onConsentChange']>[0]): () => void {
    if (api) return api.onConsentChange(callback);
    let stop: (() => void) | undefined;
    let stopped = false;
    queue.push((a) => stopped || (stop = a.onConsentChange(callback)));
    return () => ((stopped = true), stop?.());
  },
  openPreferences: later('openPreferences'),
  openBanner: later('openBanner'),
  configure: later('configure'),
  registerCatalog: later('registerCatalog'),
  /** Loads an element's code now, e.g. for a tag inside another component's shadow root. */
  load: (tag: Tag) =>
    TAGS.includes(tag)
      ? define(tag).then(() => undefined)
      : Promise.reject(new Error(`privacy-elements: no element ${tag}`)),
};
(globalThis as { PrivacyElements?: typeof pageApi }).PrivacyElements = pageApi;

const bannerOff = options.banner === 'off';
void Promise.all([
  code<typeof Runtime>('runtime'),
  // The banner's first layer comes with its strings: no English shows first on a German page.
  bannerOff ? undefined : define('privacy-banner'),
]).then(
  ([runtime]) => {
    runtime.start(options, policyResponse, localeChunk);
    api = runtime;
    queue.splice(0).forEach((call) => call(runtime));
  },
  () => {},
);

/** Loads the code of every element tag at or under `node` (each chunk once, however often it appears). */
function scan(node: Element) {
  for (const tag of TAGS)
    if (!customElements.get(tag) && (node.localName === tag || node.querySelector(tag))) void define(tag);
}

// Elements in the page now and added later (Shoelace's autoloader does the same).
const root = documentProperty('documentElement');
scan(root);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(root, { childList: true, subtree: true });
if (documentProperty('readyState') === 'loading')
  documentMethod('addEventListener')('DOMContentLoaded', () => scan(documentProperty('documentElement')), {
    once: true,
  });
