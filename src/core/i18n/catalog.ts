import type { Catalog } from './en.js';
import { catalogFor, type Locale } from './available.js';

export type { Catalog };

/** A catalog that may lack strings (one written for an earlier release, or a partial translation): English fills them in. */
export type PartialCatalog = {
  [K in keyof Catalog]?: Catalog[K] extends (...args: never[]) => unknown
    ? Catalog[K]
    : Catalog[K] extends object
      ? Partial<Catalog[K]>
      : Catalog[K];
};

/** Registered languages; English needs no entry, each element carries the English strings it uses. */
const catalogs = new Map<string, PartialCatalog>();
const listeners = new Set<() => void>();
let loadCatalog: ((locale: Locale, part: string) => Promise<unknown>) | undefined;
const asked = new Map<string, Promise<unknown>>();

/** A part of a built-in language's strings, asked for once; resolves when it is registered or could not be had. */
function want(locale: Locale, part: string): Promise<unknown> {
  const key = `${locale}/${part}`;
  let pending = asked.get(key);
  if (!pending) asked.set(key, (pending = loadCatalog!(locale, part)));
  return pending;
}

/**
 * Adds UI strings for a language, over any registered before (a built-in catalog comes in parts,
 * one per element; a site may register its own wording over it). A string no registration has is
 * shown in English. Elements already on the page render again in it.
 */
export function registerCatalog(lang: string, catalog: PartialCatalog) {
  const key = lang.toLowerCase();
  catalogs.set(key, { ...catalogs.get(key), ...catalog });
  listeners.forEach((listener) => listener());
}

/** Calls `listener` after each registration; returns the function that stops it. */
export function onCatalogChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Where built-in catalogs come from when a language is wanted that nobody registered: the script
 * tag loads them on demand, a part at a time (the strings one element or one layer uses). Each
 * part is asked for once; until it registers, English shows.
 */
export function setCatalogLoader(loader: (locale: Locale, part: string) => Promise<unknown>) {
  loadCatalog = loader;
}

/**
 * Brings one part of the page language's built-in strings, where the script tag loads them (with
 * the npm package an app imports its languages itself); resolves once they are registered or could
 * not be had. The banner waits for its dialog's strings this way, so that no English shows first.
 */
export function catalogReady(lang: string, part: string): Promise<unknown> {
  const builtIn = catalogFor(lang);
  return builtIn && loadCatalog ? want(builtIn, part) : Promise.resolve();
}

/** Completed catalogs, by registration and by the English they were completed with. */
const completed = new WeakMap<PartialCatalog, WeakMap<object, object>>();

/**
 * A registered catalog completed with the English an element uses, one level deep: groups such as
 * `sections` may lack an entry too. Made once per registration and English, so the same strings
 * are the same object from one update to the next (a render can skip what they did not change).
 */
function complete<T extends object>(found: PartialCatalog, english: T): T {
  let byEnglish = completed.get(found);
  if (!byEnglish) completed.set(found, (byEnglish = new WeakMap()));
  let done = byEnglish.get(english) as T | undefined;
  if (!done) byEnglish.set(english, (done = completeNow(found, english)));
  return done;
}

const completeNow = <T extends object>(found: PartialCatalog, english: T): T =>
  Object.fromEntries(
    Object.entries({ ...english, ...found }).map(([key, value]) => {
      const base = (english as Record<string, unknown>)[key];
      return [
        key,
        // Groups of strings are completed; a language's words (list, duration and date words, which
        // name their language) are whole or left to Intl, never mixed with English's.
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        base &&
        typeof base === 'object' &&
        !('lang' in base)
          ? { ...base, ...value }
          : value,
      ];
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
  /** The parts of a built-in catalog these strings come from, space-separated. */
  part = 'all',
): { lang: string; catalog: Pick<Catalog, K> } {
  const wanted = langs.map(languageTag).filter((l): l is string => !!l);
  for (const tag of wanted) {
    const primary = tag.split('-')[0].toLowerCase();
    const builtIn = catalogFor(tag);
    const found =
      catalogs.get(tag.toLowerCase()) ?? (builtIn && catalogs.get(builtIn.toLowerCase())) ?? catalogs.get(primary);
    // A built-in catalog registered only in part (the banner's strings, say) is completed on demand too.
    const partial = found && Object.keys(english).some((key) => !(key in found));
    if (builtIn && loadCatalog && (!found || partial)) for (const p of part.split(' ')) void want(builtIn, p);
    if (found) return { lang: wanted[0], catalog: complete(found, english) };
    // English is built in: an English page wants it, not the next language the browser lists; so
    // does a page whose language is on its way (the script tag loads it).
    if (primary === 'en' || (builtIn && loadCatalog)) break;
  }
  return { lang: wanted[0] ?? 'en', catalog: english };
}
