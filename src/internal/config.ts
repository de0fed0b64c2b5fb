/** Page-wide defaults, set by the script tag's data attributes or by `configure()`. */
export interface PageConfig {
  /** Manifest URL used by every element that names none of its own. */
  policy?: string;
  /** UI language used when no element or document language is set. */
  lang?: string;
}

export const pageConfig: PageConfig = {};

/** Sets page-wide defaults for every element. */
export function configure(options: PageConfig): void {
  if (options.policy !== undefined) pageConfig.policy = options.policy;
  if (options.lang !== undefined) pageConfig.lang = options.lang;
}
