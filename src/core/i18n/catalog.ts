import type { Catalog } from './en.js';

export type { Catalog };

/** Registered languages; English needs no entry, each element carries the English strings it uses. */
const catalogs = new Map<string, Catalog>();

/** Adds or replaces the UI strings for a language. */
export function registerCatalog(lang: string, catalog: Catalog) {
  catalogs.set(lang.toLowerCase(), catalog);
}

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
    if (found) return { lang: wanted[0], catalog: found };
    // English is built in: an English page wants it, not the next language the browser lists.
    if (primary === 'en') break;
  }
  return { lang: wanted[0] ?? 'en', catalog: english };
}
