import { en, type Catalog } from './en.js';

export type { Catalog };

const catalogs = new Map<string, Catalog>([['en', en]]);

/** Adds or replaces the UI strings for a language. */
export function registerCatalog(lang: string, catalog: Catalog) {
  catalogs.set(lang.toLowerCase(), catalog);
}

/**
 * The language wanted (the first of `langs` given) and the UI strings for the
 * first of them that has a catalog (exact tag, then primary language), else English.
 */
export function resolveCatalog(langs: readonly (string | undefined | null)[]): { lang: string; catalog: Catalog } {
  const wanted = langs.filter((l): l is string => !!l);
  for (const tag of wanted.map((l) => l.toLowerCase())) {
    const found = catalogs.get(tag) ?? catalogs.get(tag.split('-')[0]);
    if (found) return { lang: wanted[0], catalog: found };
  }
  return { lang: wanted[0] ?? 'en', catalog: en };
}
