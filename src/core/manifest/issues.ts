import type { Manifest } from './schema.js';

/** One problem in a manifest, located by a JSON path such as `$.rights.items[2].right`. */
export interface ManifestIssue {
  readonly path: string;
  readonly message: string;
}

export type Validation =
  | { readonly ok: true; readonly manifest: Manifest; readonly issues: readonly [] }
  /**
   * `issues` holds the first MAX_REPORTED problems; `omitted` counts the rest. `unreadable`: there was
   * no manifest to check (not fetched, not found, not JSON), as opposed to one that was read and is invalid.
   */
  | {
      readonly ok: false;
      readonly issues: readonly ManifestIssue[];
      readonly omitted?: number;
      readonly unreadable?: true;
    };

/** One line per issue, for logs and the command line. */
export const formatIssues = (issues: readonly ManifestIssue[], omitted = 0) =>
  [...issues.map((i) => `${i.path}: ${i.message}`), ...(omitted ? [`…and ${omitted} more`] : [])].join('\n');
