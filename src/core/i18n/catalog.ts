import type { Catalog } from './en.js';

export type { Catalog };

/** Registered languages; English needs no entry, each element carries the English strings it uses. */
const catalogs = new Map<string, Catalog>();

/** Adds or replaces the UI strings for a language. */
export function registerCatalog(lang: string, catalog: Catalog) {
  catalogs.set(lang.toLowerCase(), catalog);
}

/**
 * A language tag Intl accepts, in its canonical form ("en_gb" -> "en-GB"), or undefined for one it
 * refuses ("x", "en US"): a page's mistaken `lang` must not stop an element from rendering.
 */
export function languageTag(tag: string | undefined | null): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
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
