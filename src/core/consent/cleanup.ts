import type { Manifest, StorageItem } from '../manifest/schema.js';
import type { CookieJar } from './cookie-jar.js';
import { categoriesOf } from './record.js';
import { namePattern } from './name-pattern.js';

/** A cookie or a storage key, by kind and name. */
export interface StoredEntry {
  readonly kind: 'cookie' | 'localStorage' | 'sessionStorage';
  readonly name: string;
}

/** What a refusal removed, and what of the refused categories the page can still read afterwards. */
export interface Cleanup {
  readonly cleared: readonly StoredEntry[];
  readonly remaining: readonly StoredEntry[];
}

/** What the clean-up works on: the page's cookies and storage, and where the page is. */
export interface CleanupScope {
  readonly jar: CookieJar;
  readonly location: { readonly protocol: string; readonly hostname: string; readonly pathname: string };
  /** The page's storage of a kind; may throw (storage blocked, a sandboxed frame). */
  readonly storage: (kind: 'localStorage' | 'sessionStorage') => Storage;
  /** A cookie the clean-up never deletes: the one that keeps the choice. */
  readonly keep: string;
}

/**
 * Suffixes of more than one label under which anyone may register a site, so no cookie can sit
 * on them (a short built-in list of the common ones, not the whole Public Suffix List; a browser
 * refuses a cookie on any public suffix anyway, this only spares it the attempt).
 */
const MULTI_LABEL_SUFFIXES = new Set(
  (
    'co.uk org.uk me.uk ltd.uk plc.uk net.uk ac.uk gov.uk sch.uk nhs.uk com.au net.au org.au edu.au gov.au id.au ' +
    'co.nz net.nz org.nz govt.nz ac.nz co.jp ne.jp or.jp ac.jp go.jp co.kr or.kr com.cn net.cn org.cn gov.cn ' +
    'com.hk org.hk com.tw org.tw com.sg com.my co.in net.in org.in co.id or.id co.th in.th com.vn com.ph com.pk ' +
    'co.za org.za com.br net.br org.br com.mx org.mx com.ar com.co com.pe com.tr co.il org.il com.ua com.eg ' +
    'com.sa com.ng co.ke github.io gitlab.io netlify.app vercel.app pages.dev workers.dev herokuapp.com web.app ' +
    'firebaseapp.com azurewebsites.net cloudfront.net blogspot.com appspot.com'
  ).split(' '),
);

/**
 * Where a cookie of a page on `hostname` may sit: host-only (undefined), then the host and each
 * parent domain down to the registrable one (`shop.example.co.uk` stops at `example.co.uk`,
 * never `co.uk`). An IP address or a single label (`localhost`) has host-only cookies alone.
 */
export function cookieDomains(hostname: string): (string | undefined)[] {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^[\d.]+$|:/.test(hostname)) return [undefined];
  const site = MULTI_LABEL_SUFFIXES.has(labels.slice(-2).join('.')) ? 3 : 2;
  return [
    undefined,
    ...labels.slice(0, Math.max(labels.length - site + 1, 0)).map((_, i) => labels.slice(i).join('.')),
  ];
}

/** The paths a cookie visible on `pathname` may have been set with: each parent, with and without its final slash, and the path itself. */
export function cookiePaths(pathname: string): string[] {
  const parts = pathname.split('/').filter(Boolean);
  const paths = new Set(['/']);
  parts.forEach((_, i) => {
    const path = `/${parts.slice(0, i + 1).join('/')}`;
    paths.add(path).add(`${path}/`);
  });
  return [...paths];
}

const matches = (item: StorageItem) =>
  item.pattern ? namePattern(item.pattern) : (name: string) => name === item.name;

const attempt = <T>(action: () => T, otherwise: T): T => {
  try {
    return action();
  } catch {
    return otherwise;
  }
};

/** The keys of a storage, or none when it cannot be read. */
const keysOf = (scope: CleanupScope, kind: 'localStorage' | 'sessionStorage') =>
  attempt(() => {
    const storage = scope.storage(kind);
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
  }, [] as string[]);

/**
 * Deletes what the manifest lists for the refused categories: cookies by name or `pattern` on the
 * host and each parent domain up to the registrable one, on the page's path and each parent path,
 * and matching localStorage and sessionStorage keys. Then reads again: `cleared` is what was there
 * and is gone, `remaining` what the page can still read. A page never sees HttpOnly cookies, nor
 * cookies of other paths or sites, so they are in neither list. Never throws.
 */
export function clearRefused(manifest: Manifest, refused: readonly string[], scope: CleanupScope): Cleanup {
  const items = categoriesOf(manifest)
    .filter((c) => !c.necessary && refused.includes(c.id))
    .flatMap((c) => c.items ?? []);
  const of = (kind: StoredEntry['kind']) => items.filter((item) => (item.kind ?? 'cookie') === kind).map(matches);
  const cookieNames = () => attempt(() => scope.jar.names?.() ?? [], [] as string[]);
  const found = (kind: StoredEntry['kind'], names: readonly string[]) =>
    names
      .filter((name) => name !== scope.keep && of(kind).some((match) => match(name)))
      .map((name) => ({ kind, name }));
  const now = () => [
    ...found('cookie', cookieNames()),
    ...(['localStorage', 'sessionStorage'] as const).flatMap((kind) => found(kind, keysOf(scope, kind))),
  ];
  const before = now();

  // Listed names are deleted even when not visible here; patterns can only match what is visible.
  const exact = items
    .filter((item) => (item.kind ?? 'cookie') === 'cookie' && !item.pattern && item.name !== scope.keep)
    .map((item) => item.name);
  const names = new Set([...exact, ...before.filter((e) => e.kind === 'cookie').map((e) => e.name)]);
  const secure = scope.location.protocol === 'https:';
  const paths = cookiePaths(scope.location.pathname);
  for (const name of names)
    for (const domain of cookieDomains(scope.location.hostname))
      for (const path of paths) attempt(() => scope.jar.remove(name, { path, domain, secure }), undefined);
  for (const entry of before)
    if (entry.kind !== 'cookie')
      attempt(() => scope.storage(entry.kind as 'localStorage').removeItem(entry.name), undefined);

  const remaining = now();
  const left = (e: StoredEntry) => remaining.some((r) => r.kind === e.kind && r.name === e.name);
  return { cleared: before.filter((e) => !left(e)), remaining };
}
