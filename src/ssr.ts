// Server rendering in Node, through Lit's own SSR: the elements as declarative shadow DOM that a
// browser shows without JavaScript, carrying the manifest as a data block so that the client
// hydrates them (import 'privacy-elements/hydrate') with the same first render.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import * as validator from './core/manifest/validate.js';
import { useValidator } from './core/manifest/load.js';
import { inlineScript } from './core/manifest/inline.js';
import { localize } from './core/manifest/localize.js';
import type { Manifest } from './core/manifest/schema.js';
import type { Signals } from './core/signals/detect.js';
import { resolveCatalog } from './core/i18n/catalog.js';
import { summaryStrings } from './core/i18n/en/summary.js';
import './define.js';

const { formatIssues, validateManifest } = validator;
type ManifestIssue = validator.ManifestIssue;
// A server renders what it was given, and says what is wrong with it in full: no guard here.
useValidator(validator);

/** A manifest that failed validation: `issues` names each problem with its JSON path. */
export class ManifestError extends Error {
  constructor(
    readonly issues: readonly ManifestIssue[],
    /** How many more problems there are beyond `issues`. */
    readonly omitted = 0,
  ) {
    super(`invalid policy manifest:\n${formatIssues(issues, omitted)}`);
    this.name = 'ManifestError';
  }
}

export interface ServerRenderOptions {
  /** Language of the texts (BCP 47); defaults to the manifest's `language`, else English. */
  readonly lang?: string;
}

export interface SummaryRenderOptions extends ServerRenderOptions {
  /** Sections expanded from the start (keys, space separated) or "all" (the default on a server: nothing is hidden without script). */
  readonly open?: string;
  /** Which sections to show, in order; all by default. */
  readonly sections?: string;
  /** Level of the summary's heading (1-5). */
  readonly headingLevel?: number;
}

function validated(manifest: unknown): Manifest {
  const result = validateManifest(manifest);
  if (!result.ok) throw new ManifestError(result.issues, result.omitted);
  return result.manifest;
}

const languageOf = (m: Manifest, options: ServerRenderOptions) => options.lang || m.language || 'en';

/** The element's data block: generated here from validated JSON with `<`, `>` and `&` escaped, so no policy text becomes markup. */
const dataBlock = (m: Manifest) => unsafeHTML(inlineScript(m));

const toString = (template: TemplateResult) => collectResultSync(render(template));

/** `<privacy-summary>` rendered on the server: every fact the browser shows, readable without JavaScript. Throws `ManifestError` on an invalid manifest. */
export function renderSummary(manifest: unknown, options: SummaryRenderOptions = {}): string {
  const m = validated(manifest);
  return toString(
    html`<privacy-summary .manifest=${m} lang=${languageOf(m, options)} open=${options.open ?? 'all'} sections=${ifDefined(options.sections)} heading-level=${options.headingLevel ?? 2}>${dataBlock(m)}</privacy-summary>`,
  );
}

/** `<privacy-request>` rendered on the server in its first state (the launcher). Throws `ManifestError` on an invalid manifest. */
export function renderRequest(manifest: unknown, options: ServerRenderOptions = {}): string {
  const m = validated(manifest);
  return toString(
    html`<privacy-request .manifest=${m} lang=${languageOf(m, options)}>${dataBlock(m)}</privacy-request>`,
  );
}

export interface SignalsRenderOptions extends ServerRenderOptions {
  /** The signals this visitor's request carried: `signalsFromHeaders(request.headers)`. Leave out for a page cached for many visitors. */
  readonly signals?: Signals;
  /** Show a status even when there is no signal (the element's `always`). */
  readonly always?: boolean;
}

/** What a request's headers say of its privacy signals: `Sec-GPC: 1` (only that exact value counts) and `DNT`. */
export function signalsFromHeaders(
  headers: Headers | Readonly<Record<string, string | string[] | undefined>>,
): Signals {
  const get = (name: string) =>
    ('get' in headers && typeof headers.get === 'function'
      ? headers.get(name)
      : (headers as Record<string, unknown>)[name]) ?? undefined;
  const dnt = get('dnt');
  return { gpc: get('sec-gpc') === '1' ? true : undefined, dnt: dnt === '1' ? true : dnt === '0' ? false : undefined };
}

/** `<privacy-signals>` rendered on the server, for the signals the request carried. Throws `ManifestError` on an invalid manifest. */
export function renderSignals(manifest: unknown, options: SignalsRenderOptions = {}): string {
  const m = validated(manifest);
  return toString(
    html`<privacy-signals .manifest=${m} .requestSignals=${options.signals} ?always=${options.always} lang=${languageOf(m, options)}>${dataBlock(m)}</privacy-signals>`,
  );
}

const escapeText = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A complete, standalone HTML page of the whole policy: the summary with every section open, styles
 * for screen and print, and no script. Throws `ManifestError` on an invalid manifest.
 */
export function renderPolicyPage(manifest: unknown, options: ServerRenderOptions = {}): string {
  const m = validated(manifest);
  const lang = languageOf(m, options);
  const { catalog } = resolveCatalog([lang], summaryStrings);
  const title = `${catalog.summaryTitle}: ${localize(m.controller.name, lang, m.language)}`;
  return `<!doctype html>
<html lang="${escapeText(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style>
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #1b1b1f; background: #fff; }
main { max-width: 50rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
@media print { main { max-width: none; padding: 0; } }
</style>
</head>
<body>
<main>
${renderSummary(m, { lang, open: 'all', headingLevel: 1 })}
</main>
</body>
</html>
`;
}
