import type { Catalog } from './en.js';

export type { Catalog };

/** A catalog that may lack strings (one written for an earlier release, or a partial translation): English fills them in. */
export type PartialCatalog = { [K in keyof Catalog]?: Catalog[K] extends (...args: never[]) => unknown ? Catalog[K] : Catalog[K] extends object ? Partial<Catalog[K]> : Catalog[K] };

/** Registered languages; English needs no entry, each element carries the English strings it uses. */
const catalogs = new Map<string, PartialCatalog>();

/** Adds or replaces the UI strings for a language; a string it lacks is shown in English. */
export function registerCatalog(lang: string, catalog: PartialCatalog) {
  catalogs.set(lang.toLowerCase(), catalog);
}

/** A registered catalog completed with the English an element uses (once per update), one level deep: groups such as `sections` may lack an entry too. */
const complete = <T extends object>(found: PartialCatalog, english: T): T =>
  Object.fromEntries(
    Object.entries({ ...english, ...found }).map(([key, value]) => {
      const base = (english as Record<string, unknown>)[key];
      return [key, typeof value === 'object' && !Array.isArray(value) && typeof base === 'object' ? { ...base, ...value } : value];
    }),
  ) as T;

/**
 * The tag with `_` mended to `-` ("en_GB" -> "en-GB") if Intl accepts it, else undefined ("x",
 * "en US"): a page's mistaken `lang` must not stop an element from rendering. Intl's canonical
 * form is not used, since it renames old codes ("tl" -> "fil") that catalogs and texts are keyed by.
 */
export function languageTag(tag: string | undefined | null): string | undefined {
  const mended = tag?.trim().replace(/_/g, '-');
  try {
    return mended && Intl.getCanonicalLocales(mended) && mended;
  } catch {
    return undefined;
  }
}

/**
 * The language wanted (the first of `langs` given) and the UI strings for the
 * first of them that has a catalog (exact tag, then primary language), else
 * `english`: the part of the English catalog the caller uses.
 */
export function resolveCatalog<K extends keyof Catalog>(
  langs: readonly (string | undefined | null)[],
  english: Pick<Catalog, K>,
): { lang: string; catalog: Pick<Catalog, K> } {
  const wanted = langs.map(languageTag).filter((l): l is string => !!l);
  for (const tag of wanted.map((l) => l.toLowerCase())) {
    const primary = tag.split('-')[0];
    const found = catalogs.get(tag) ?? catalogs.get(primary);
    if (found) return { lang: wanted[0], catalog: complete(found, english) };
    // English is built in: an English page wants it, not the next language the browser lists.
    if (primary === 'en') break;
  }
  return { lang: wanted[0] ?? 'en', catalog: english };
}
