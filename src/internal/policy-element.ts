import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolicyController } from '../controllers/policy-controller.js';
import { localize } from '../core/manifest/localize.js';
import type { Manifest } from '../core/manifest/schema.js';
import type { Text } from '../core/manifest/shape.js';
import type { ManifestIssue } from '../core/manifest/validate.js';
import { onCatalogChange, resolveCatalog, type Catalog } from '../core/i18n/catalog.js';
import { RTL } from '../core/i18n/available.js';
import { documentProperty } from './page-document.js';
import { commonStrings } from '../core/i18n/en/common.js';
import { pageConfig } from './config.js';
import { emit } from './emit.js';

export interface PrivacyErrorDetail {
  /** What is wrong, each with the JSON path where it is. */
  readonly issues: readonly ManifestIssue[];
  /** How many more problems there are beyond the first ones listed in `issues`. */
  readonly omitted: number;
  /** Where the manifest came from: its URL, "the manifest property" or "the inline JSON". */
  readonly source: string;
}

/** Connected elements, rendered again when a `lang` anywhere in the page changes or a catalog arrives. */
const connected = new Set<PolicyElement>();
let watching = false;
const refreshAll = () => connected.forEach((element) => element.requestUpdate());

function watchLanguages() {
  if (watching) return;
  watching = true;
  new MutationObserver(refreshAll).observe(documentProperty('documentElement'), {
    subtree: true,
    attributes: true,
    attributeFilter: ['lang'],
  });
  onCatalogChange(refreshAll);
}

/**
 * What every privacy element shares: where its policy manifest comes from, its
 * language, and how a broken manifest is reported.
 */
export abstract class PolicyElement<K extends keyof Catalog = keyof typeof commonStrings> extends LitElement {
  static override properties: PropertyDeclarations = {
    policy: {},
    manifest: { attribute: false },
    lang: {},
  };

  /** URL of the policy manifest (JSON), or `#id` of a `<script type="application/json">` in the page. A URL is fetched once per page and shared by every element that names it. */
  policy?: string;

  /** The policy manifest as an object; wins over `policy` and an inline JSON child. */
  manifest?: unknown;

  /** Language of the texts (BCP 47). Defaults to the script tag's `data-lang`, then the nearest `[lang]`, then the browser's. */
  override lang = '';

  protected readonly policyController = new PolicyController(this, (issues, omitted, source) =>
    emit(this, 'privacy-error', { issues, omitted, source }),
  );

  /** The validated manifest, once there is one. */
  protected get policyManifest(): Manifest | undefined {
    const { state } = this.policyController;
    return state.status === 'ready' ? state.manifest : undefined;
  }

  /**
   * The English UI strings this element uses (including `commonStrings`); a registered catalog
   * replaces them. A subclass that names more strings in `K` sets this to include them.
   */
  protected strings = commonStrings as unknown as Pick<Catalog, K | keyof typeof commonStrings>;

  /** Which part of a built-in language's strings `strings` covers: the script tag loads that part when it is missing. */
  protected catalogPart = 'all';

  /** `ui` while an update renders: it is read for every text, so it is looked up once per update. */
  private uiNow?: { lang: string; catalog: Pick<Catalog, K | keyof typeof commonStrings> };

  override connectedCallback() {
    super.connectedCallback();
    connected.add(this);
    watchLanguages();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    connected.delete(this);
  }

  protected override willUpdate(_changed: PropertyValues) {
    if (isServer) this.policyController.readOnServer();
  }

  protected override update(changed: PropertyValues) {
    this.uiNow = this.ui;
    // A right-to-left language mirrors the element, unless the page set a direction on it itself.
    if (!isServer && !this.hasAttribute('dir'))
      this.style.direction = RTL.has(this.uiNow.lang.split('-')[0].toLowerCase()) ? 'rtl' : '';
    try {
      super.update(changed);
    } finally {
      this.uiNow = undefined;
    }
  }

  /** The language in use and the UI strings for it. */
  protected get ui(): { lang: string; catalog: Pick<Catalog, K | keyof typeof commonStrings> } {
    if (this.uiNow) return this.uiNow;
    // On a server there is no ancestor and no browser: the element's own `lang` and the page default decide.
    const nearest = isServer ? undefined : this.parentElement?.closest<HTMLElement>('[lang]')?.lang;
    return resolveCatalog(
      [this.lang, pageConfig.lang, nearest, ...((!isServer && globalThis.navigator?.languages) || [])],
      this.strings,
      this.catalogPart,
    );
  }

  /** A manifest text in the language in use. */
  protected text(value: Text | undefined): string {
    return localize(value, this.ui.lang, this.policyManifest?.language);
  }

  /** What to show while the manifest loads or when it is unusable; `nothing` once it is ready. */
  protected renderStatus() {
    const { state } = this.policyController;
    const { catalog } = this.ui;
    if (state.status === 'loading') return html`<p part="status" role="status">${catalog.loading}</p>`;
    if (state.status === 'error')
      return html`<p part="status error" role="alert">${state.invalid ? catalog.invalidPolicy : catalog.loadError}</p>`;
    return nothing;
  }
}
