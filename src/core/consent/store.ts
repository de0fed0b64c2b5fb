import type { Category, Manifest, StorageItem } from '../manifest/schema.js';
import type { Text } from '../manifest/shape.js';
import type { CookieJar } from './cookie-jar.js';
import { cookieDomains, cookiePaths } from './cleanup.js';
import { categoriesOf, encodeRecord, parseRecord, DEFAULT_LIFETIME, type ConsentRecord } from './record.js';

/** Name of the cookie that holds the choice when the manifest names none. */
export const DEFAULT_COOKIE = 'privacy_consent';

/** Id of the category `disclosedCategories` adds; the manifest format allows no id starting with `_`. */
export const CHOICE_CATEGORY = '_choice';

/**
 * The categories as the visitor is told of them: with the cookie that keeps their choice (set by the
 * banner, strictly necessary, and so never asked for but still disclosed) in the first strictly
 * necessary category, or in one of its own, unless the policy lists it already.
 */
export function disclosedCategories(manifest: Manifest, words: ChoiceWords): readonly Category[] {
  // Made once per policy and words: the same categories from one render to the next, so a render
  // that skips what did not change (the summary's tables, drawn a slice at a time) skips them.
  let byWords = disclosed.get(manifest);
  if (!byWords) disclosed.set(manifest, (byWords = new WeakMap()));
  let found = byWords.get(words);
  if (!found) byWords.set(words, (found = disclose(manifest, words)));
  return found;
}

type ChoiceWords = { necessaryCategory: string; choiceCookie: string };
const disclosed = new WeakMap<Manifest, WeakMap<ChoiceWords, readonly Category[]>>();

function disclose(manifest: Manifest, words: ChoiceWords): readonly Category[] {
  const categories = categoriesOf(manifest);
  const name = manifest.consent?.cookie ?? DEFAULT_COOKIE;
  if (categories.some((c) => c.necessary && c.items?.some((i) => i.name === name))) return categories;
  const item: StorageItem = bare({
    name,
    purpose: words.choiceCookie,
    duration: manifest.consent?.lifetime ?? DEFAULT_LIFETIME,
    party: 'first',
  });
  const at = categories.findIndex((c) => c.necessary);
  return at < 0
    ? [bare({ id: CHOICE_CATEGORY, necessary: true, name: words.necessaryCategory, items: [item] }), ...categories]
    : categories.map((c, i) => (i === at ? bare({ ...c, items: [item, ...(c.items ?? [])] }) : c));
}

/** Without a prototype, like the validated manifest: a field left out reads as undefined whatever `Object.prototype` holds. */
const bare = <T extends object>(value: T): T => Object.assign(Object.create(null) as T, value);

/**
 * Who would receive data if the visitor granted every optional category: the providers of their
 * items, then the recipients the manifest ties to them (`recipients[].categories`). Unlocalized and
 * possibly repeated: the caller localizes, then drops repeats.
 */
export function optionalReceivers(manifest: Manifest): Text[] {
  const optional = categoriesOf(manifest).filter((c) => !c.necessary);
  return [
    ...optional.flatMap((c) => (c.items ?? []).flatMap((item) => (item.provider ? [item.provider] : []))),
    ...(manifest.recipients ?? [])
      .filter((r) => r.categories?.some((id) => optional.some((c) => c.id === id)))
      .map((r) => r.name),
  ];
}

/** Where the page runs: decides the cookie's Secure flag and where other copies of a cookie may sit. */
export interface PageLocation {
  readonly protocol: string;
  readonly hostname: string;
  /** The page's path: copies of the consent cookie may sit on it and on each path above it. */
  readonly pathname?: string;
}

/**
 * The prefix of a cookie name that the browser accepts only with Secure, Path=/ and no Domain: no
 * other host (a sibling subdomain) can set or shadow such a cookie (RFC 6265bis).
 */
export const HOST_PREFIX = '__Host-';

/**
 * Keeps the consent record in one first-party cookie (itself strictly necessary), in its compact
 * form: SameSite=Lax, Secure on https (always, for a `__Host-` name), the manifest's
 * `consent.domain` when set, expiring with the record. Nothing here throws: a jar that throws just
 * makes `available` false, and the choice then lasts for this page view.
 */
export class ConsentStore {
  /** False once the jar has refused to read or keep a record. */
  available = true;
  private readonly name: string;

  constructor(
    private readonly jar: CookieJar,
    private readonly manifest: Manifest,
    private readonly location: PageLocation,
  ) {
    this.name = manifest.consent?.cookie ?? DEFAULT_COOKIE;
  }

  /**
   * The stored record, if there is a valid one for this policy version. Two cookies of the name
   * mean one was planted (by a sibling subdomain, on a parent domain or a longer path) and which is
   * the visitor's cannot be told: that is no choice, so nothing is granted and the visitor is asked.
   */
  read(now?: Date): ConsentRecord | undefined {
    return this.attempt(() => {
      const values = this.jar.all(this.name);
      return values.length === 1 ? parseRecord(values[0], this.manifest, now) : undefined;
    });
  }

  /**
   * Stores the record; false when the browser did not keep it (or kept another copy beside it).
   * Other copies go first: one on another domain (the site added or changed `consent.domain`), and,
   * when the page sees more than one, those on this page's path and every path above it, where a
   * sibling subdomain may have planted one. Left there, the browser would hand back theirs.
   */
  write(record: ConsentRecord): boolean {
    const value = encodeRecord(record, this.manifest);
    const hostOnly = this.name.startsWith(HOST_PREFIX);
    const domain = hostOnly ? undefined : this.manifest.consent?.domain;
    const secure = hostOnly || this.location.protocol === 'https:';
    if (!hostOnly) {
      const paths =
        (this.attempt(() => this.jar.all(this.name).length) ?? 0) > 1
          ? cookiePaths(this.location.pathname ?? '/')
          : ['/'];
      for (const path of paths)
        for (const other of cookieDomains(this.location.hostname))
          if (path !== '/' || other !== domain?.replace(/^\./, ''))
            this.attempt(() => this.jar.remove(this.name, { path, domain: other }));
    }
    this.attempt(() =>
      this.jar.set(this.name, value, { expires: new Date(record.expires), path: '/', domain, secure, sameSite: 'Lax' }),
    );
    const kept = this.attempt(() => this.jar.all(this.name));
    return (this.available = this.available && kept?.length === 1 && kept[0] === value);
  }

  private attempt<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      this.available = false;
      return undefined;
    }
  }
}
