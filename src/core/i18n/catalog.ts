import type { Catalog } from './en.js';

export type { Catalog };

/** Registered languages; English needs no entry, each element carries the English strings it uses. */
const catalogs = new Map<string, Catalog>();

/** Adds or replaces the UI strings for a language. */
export function registerCatalog(lang: string, catalog: Catalog) {
  catalogs.set(lang.toLowerCase(), catalog);
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
  const wanted = langs.filter((l): l is string => !!l);
  for (const tag of wanted.map((l) => l.toLowerCase())) {
    const found = catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]);
    if (found) return { lang: wanted[0], catalog: found };
  }
  return { lang: wanted[0] ?? 'en', catalog: english };
}
