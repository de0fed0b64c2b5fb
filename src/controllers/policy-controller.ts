import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkValue, inPageRef, manifestFrom, readJson } from '../core/manifest/load.js';
import { formatIssues, type ManifestIssue, type Validation } from '../core/manifest/issues.js';
import type { Manifest } from '../core/manifest/schema.js';
import { onConfigure, pageConfig } from '../internal/config.js';
import { documentMethod, documentProperty } from '../internal/page-document.js';

export type PolicyState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly manifest: Manifest }
  /** `invalid`: a manifest was read and breaks the format; otherwise none could be fetched, found or parsed. */
  | {
      readonly status: 'error';
      readonly issues: readonly ManifestIssue[];
      readonly omitted: number;
      readonly source: string;
      readonly invalid: boolean;
    };

export interface PolicyHost extends ReactiveControllerHost, HTMLElement {
  policy?: string;
  manifest?: unknown;
}

/** `atOnce`: check now, whatever it costs, rather than in slices with the page running between them. */
type Source = { key: unknown; label: string; load: (atOnce: boolean) => Validation | Promise<Validation> };

const logged = new Set<unknown>();

/**
 * Gives an element its policy manifest: from the `manifest` property, an inline
 * `<script type="application/json">` child, the `policy` URL (or `#id` of such a
 * script elsewhere in the page), or the page's default, in that order. Invalid
 * input leaves the state at `error` (never a half-read manifest) and is reported
 * once per source on the console.
 */
export class PolicyController implements ReactiveController {
  /** How long an element with no policy source at all waits for one before it reports an error. */
  static noSourceGraceMs = 3000;

  state: PolicyState = { status: 'loading' };
  private graceTimer?: ReturnType<typeof setTimeout>;
  private sourceKey: unknown;
  private waitingForParser = false;
  private stopListening?: () => void;

  /**
   * The host came with a shadow root: a server rendered it (declarative shadow DOM), and its first
   * render hydrates what the server drew from the same policy. That render needs the policy, so
   * the policy the host holds is checked at once, not in slices.
   */
  private hydrating: boolean;

  constructor(
    private readonly host: PolicyHost,
    private readonly onError: (issues: readonly ManifestIssue[], omitted: number, source: string) => void,
  ) {
    host.addController(this);
    this.hydrating = !!host.shadowRoot;
  }

  hostConnected() {
    this.stopListening = onConfigure(() => this.host.requestUpdate());
    this.refresh();
  }

  hostDisconnected() {
    this.stopListening?.();
    clearTimeout(this.graceTimer);
    if (this.sourceKey === null) this.sourceKey = undefined; // wait again, in full, if it comes back
  }

  hostUpdate() {
    this.refresh();
  }

  /**
   * A server render (Lit SSR) runs no controller hooks and has no document: the element calls
   * this before it renders there, and only the `manifest` property counts. Nothing is reported:
   * whoever renders on the server validates first (as the `render` command does).
   */
  readOnServer() {
    const checked = this.host.manifest === undefined ? undefined : checkValue(this.host.manifest, undefined, true);
    // Without the full validator (privacy-elements/ssr installs it) a refused manifest has no issues to name here.
    const result: Validation | undefined = checked instanceof Promise ? { ok: false, issues: [] } : checked;
    this.state = !result
      ? { status: 'loading' }
      : result.ok
        ? { status: 'ready', manifest: result.manifest }
        : {
            status: 'error',
            issues: result.issues,
            omitted: result.omitted ?? 0,
            source: 'the manifest property',
            invalid: !result.unreadable,
          };
  }

  private findSource(): Source | undefined {
    const { host } = this;
    if (host.manifest !== undefined)
      return {
        key: host.manifest,
        label: 'the manifest property',
        load: (atOnce) => checkValue(host.manifest, undefined, atOnce),
      };
    const inline = host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"]');
    if (inline) {
      const json = inline.textContent ?? '';
      return { key: json, label: 'the inline JSON', load: (atOnce) => readJson(json, atOnce) };
    }
    const url = host.policy || pageConfig.policy;
    if (!url) return undefined;
    // A manifest in the page is read once the parser is done with it (never half-parsed text),
    // and keyed by its text too, so a page that replaces it is read again.
    const inPage = inPageRef(url);
    if (inPage && documentProperty('readyState') === 'loading') return undefined;
    return {
      key: inPage ? url + documentMethod('getElementById')(url.slice(1))?.textContent : url,
      label: url,
      load: () => manifestFrom(url, documentProperty('baseURI')),
    };
  }

  private refresh() {
    const source = this.findSource();
    if (!source && documentProperty('readyState') === 'loading' && !this.waitingForParser) {
      // The inline JSON child or the script tag's data-policy may not be parsed yet.
      this.waitingForParser = true;
      documentMethod('addEventListener')('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
      return;
    }
    const key = source?.key ?? null;
    // Object.is: a manifest property of NaN is a source like any other (NaN !== NaN would never settle).
    if (Object.is(key, this.sourceKey)) return;
    this.sourceKey = key;
    clearTimeout(this.graceTimer);
    if (!source) {
      // An app often sets the manifest property a moment after creating the element: wait before calling it an error.
      this.state = { status: 'loading' };
      this.graceTimer = setTimeout(
        () =>
          this.settle(
            null,
            {
              ok: false,
              issues: [
                {
                  path: '$',
                  message:
                    'no policy manifest: set the policy attribute, the manifest property, or an inline <script type="application/json"> child',
                },
              ],
              unreadable: true,
            },
            'this element',
          ),
        PolicyController.noSourceGraceMs,
      );
      return;
    }
    const result = source.load(this.hydrating);
    this.hydrating = false;
    if (result instanceof Promise) {
      this.state = { status: 'loading' };
      result.then((r) => this.settle(key, r, source.label));
    } else this.settle(key, result, source.label);
  }

  private settle(key: unknown, result: Validation, label: string) {
    if (!Object.is(key, this.sourceKey)) return; // a newer source replaced this one while it loaded
    if (result.ok) this.state = { status: 'ready', manifest: result.manifest };
    else {
      const omitted = result.omitted ?? 0;
      this.state = { status: 'error', issues: result.issues, omitted, source: label, invalid: !result.unreadable };
      if (!logged.has(key ?? this.host)) {
        logged.add(key ?? this.host);
        console.error(
          `privacy-elements: <${this.host.localName}> cannot use ${label}:\n${formatIssues(result.issues, omitted)}`,
        );
      }
      this.onError(result.issues, omitted, label);
    }
    this.host.requestUpdate();
  }
}
