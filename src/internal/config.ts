/** Page-wide defaults, set by the script tag's data attributes or by `configure()`. */
export interface PageConfig {
  /** Manifest URL used by every element that names none of its own. */
  policy?: string;
  /** UI language used when no element or document language is set. */
  lang?: string;
  /** The visitor's region (e.g. "US-CA") for every element that is given none of its own. */
  region?: string;
}

// No prototype: a default the page never set reads as undefined, whatever is on `Object.prototype`.
export const pageConfig: PageConfig = Object.create(null) as PageConfig;

const listeners = new Set<() => void>();

/** Sets page-wide defaults for every element, including those already on the page. */
export function configure(options: PageConfig): void {
  // Only what the caller wrote: a `policy` inherited from `Object.prototype` must not pick the page's manifest.
  for (const key of ['policy', 'lang', 'region'] as const)
    if (Object.prototype.hasOwnProperty.call(options, key) && options[key] !== undefined)
      pageConfig[key] = options[key];
  listeners.forEach((listener) => listener());
}

/** Calls `listener` whenever the defaults change; returns the function that stops it. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
