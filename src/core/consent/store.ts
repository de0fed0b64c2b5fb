import type { Category, Manifest, StorageItem } from '../manifest/schema.js';
import type { Text } from '../manifest/shape.js';
import type { CookieJar } from './cookie-jar.js';
import { cookieDomains } from './cleanup.js';
import { categoriesOf, parseRecord, DEFAULT_LIFETIME, type ConsentRecord } from './record.js';

/** Name of the cookie that holds the choice when the manifest names none. */
export const DEFAULT_COOKIE = 'privacy_consent';

/** Id of the category `disclosedCategories` adds; the manifest format allows no id starting with `_`. */
export const CHOICE_CATEGORY = '_choice';

/**
 * The categories as the visitor is told of them: with the cookie that keeps their choice (set by the
 * banner, strictly necessary, and so never asked for but still disclosed) in the first strictly
 * necessary category, or in one of its own, unless the policy lists it already.
 */
export function disclosedCategories(manifest: Manifest, words: { necessaryCategory: string; choiceCookie: string }): readonly Category[] {
  const categories = categoriesOf(manifest);
  const name = manifest.consent?.cookie ?? DEFAULT_COOKIE;
  if (categories.some((c) => c.necessary && c.items?.some((i) => i.name === name))) return categories;
  const item: StorageItem = { name, purpose: words.choiceCookie, duration: manifest.consent?.lifetime ?? DEFAULT_LIFETIME, party: 'first' };
  const at = categories.findIndex((c) => c.necessary);
  return at < 0
    ? [{ id: CHOICE_CATEGORY, necessary: true, name: words.necessaryCategory, items: [item] }, ...categories]
    : categories.map((c, i) => (i === at ? { ...c, items: [item, ...(c.items ?? [])] } : c));
}

/**
 * Who would receive data if the visitor granted every optional category: the providers of their
 * items, then the recipients the manifest ties to them (`recipients[].categories`). Unlocalized and
 * possibly repeated: the caller localizes, then drops repeats.
 */
export function optionalReceivers(manifest: Manifest): Text[] {
  const optional = categoriesOf(manifest).filter((c) => !c.necessary);
  return [
    ...optional.flatMap((c) => (c.items ?? []).flatMap((item) => (item.provider ? [item.provider] : []))),
    ...(manifest.recipients ?? []).filter((r) => r.categories?.some((id) => optional.some((c) => c.id === id))).map((r) => r.name),
  ];
}

/** Where the page runs: decides the cookie's Secure flag and which domains a withdrawn cookie may sit on. */
export interface PageLocation {
  readonly protocol: string;
  readonly hostname: string;
}

/**
 * Keeps the consent record in one first-party cookie (itself strictly
 * necessary): SameSite=Lax, Secure on https, the manifest's `consent.domain`
 * when set, expiring with the record. Nothing here throws: a jar that throws
 * just makes `available` false, and the choice then lasts for this page view.
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

  /** The stored record, if there is a valid one for this policy version. */
  read(now?: Date): ConsentRecord | undefined {
    return this.attempt(() => parseRecord(this.jar.get(this.name), this.manifest, now));
  }

  /**
   * Stores the record; false when the browser did not keep it. A copy left on another domain (the
   * site added or changed `consent.domain`) is removed first: the browser would keep both and hand
   * back the older one, bringing back a choice the visitor has since changed.
   */
  write(record: ConsentRecord): boolean {
    const value = JSON.stringify(record);
    const { domain } = this.manifest.consent ?? {};
    const secure = this.location.protocol === 'https:';
    for (const other of cookieDomains(this.location.hostname)) if (other !== domain?.replace(/^\./, '')) this.attempt(() => this.jar.remove(this.name, { path: '/', domain: other }));
    this.attempt(() => this.jar.set(this.name, value, { expires: new Date(record.expires), path: '/', domain, secure, sameSite: 'Lax' }));
    return (this.available = this.available && this.attempt(() => this.jar.get(this.name)) === value);
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
