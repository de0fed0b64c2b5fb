import { html, nothing, type PropertyDeclarations } from 'lit';
import { PolicyElement } from '../../internal/policy-element.js';
import { pageConfig } from '../../internal/config.js';
import { commonStrings } from '../../core/i18n/en/common.js';
import { bannerStrings } from '../../core/i18n/en/banner.js';
import { catalogReady } from '../../core/i18n/catalog.js';
import { safeHref } from '../../internal/links.js';
import { emit } from '../../internal/emit.js';
import { ConsentController, type ConsentChange, type EmbedActions } from '../../controllers/consent-controller.js';
import { categoriesOf, flagOn, ownFlags, type ConsentMethod, type ConsentRecord } from '../../core/consent/record.js';
import { optionalReceivers } from '../../core/consent/store.js';
import { joinList, type ListWords } from '../../core/i18n/format.js';
import type { Text } from '../../core/manifest/shape.js';
import type { Manifest } from '../../core/manifest/schema.js';
import type { Catalog } from '../../core/i18n/catalog.js';
import { styles } from './privacy-banner.styles.js';

import type { PreferencesView } from './preferences.js';
import type { EmbedGate } from '../../core/consent/embeds.js';

type SecondLayer = typeof import('./preferences.js');

declare module '../../internal/emit.js' {
  interface PrivacyEventMap {
    'privacy-consent-change': CustomEvent<ConsentChange>;
    'privacy-consent-withdrawn': CustomEvent<ConsentChange>;
  }
}

/** The English strings of the first layer; the second brings its own (see preferences.ts). */
const strings = { ...commonStrings, ...bannerStrings };
type Words = keyof typeof strings | keyof SecondLayer['strings'];

/**
 * The cookie banner. When every category in the policy is strictly necessary
 * it is a notice (what is stored, a link to the policy, an acknowledge
 * button); otherwise it asks: "Accept all", "Reject all" and "Customize",
 * equal in size, weight and contrast, with a modal preferences dialog. The
 * choice is kept as a consent record in one first-party cookie, posted to the
 * policy's consent endpoint, applied to Google Consent Mode and to gated
 * scripts (`<script type="text/plain" data-privacy-category="…">`). A small
 * "Privacy choices" button, any `[data-privacy-open]` element and the JS API
 * reopen the choices.
 *
 * @summary An honest cookie notice, or a lawful consent prompt, from the policy manifest.
 * @tagname privacy-banner
 *
 * @fires privacy-consent-change - On every choice (and when a privacy signal overrides a stored one); detail: the consent record, with `cleared` and `remaining`: what of the refused categories was deleted, and what the page can still read.
 * @fires privacy-consent-withdrawn - The choice in force no longer holds because its policy turned unusable or was replaced (a new version asks again); detail: that record, with `cleared` and `remaining` as above. Stop what it allowed.
 * @fires privacy-error - The policy manifest could not be loaded or is invalid; detail: issues with JSON paths.
 *
 * @csspart base - The first layer (notice or prompt); also carries `panel`.
 * @csspart panel - The first layer's box.
 * @csspart actions - A row of buttons.
 * @csspart button - Every button.
 * @csspart dialog - The preferences dialog.
 * @csspart details - A list of cookies (the notice's details, each category's list in the dialog).
 * @csspart reopen - The persistent "Privacy choices" button.
 * @csspart note - The notes: choice not kept by the browser, category locked by a privacy signal.
 * @csspart status - The error message when the policy cannot be used.
 * @csspart more - The prompt's link to every cookie and who receives the data (it opens the preferences).
 *
 * @cssprop --privacy-color - Text color.
 * @cssprop --privacy-muted - Color of notes.
 * @cssprop --privacy-background - Background of the banner, the dialog and buttons.
 * @cssprop --privacy-border - Borders and separators.
 * @cssprop --privacy-accent - Links, button borders and text, switches.
 * @cssprop --privacy-accent-contrast - Text on accent-colored backgrounds.
 * @cssprop --privacy-focus - The focus ring.
 * @cssprop --privacy-radius - Corner radius.
 * @cssprop --privacy-shadow - Shadow of the banner and the reopen button.
 * @cssprop --privacy-font - Font family.
 * @cssprop --privacy-font-size - Base font size.
 */
export class PrivacyBanner extends PolicyElement<Words> {
  protected override strings = strings as Pick<Catalog, Words>;
  protected override catalogPart = 'banner';

  static override properties: PropertyDeclarations = {
    position: { reflect: true },
    noReopenButton: { type: Boolean, attribute: 'no-reopen-button' },
    reloadOnWithdrawal: { type: Boolean, attribute: 'reload-on-withdrawal' },
    region: {},
    bannerRequested: { state: true },
    detailsOpen: { state: true },
    draft: { state: true },
    preferencesUsed: { state: true },
    itemsShown: { state: true },
    secondLayer: { state: true },
    shown: { state: true },
  };

  static override styles = styles;

  /** Where the first layer sits: a bar at the `bottom` (default) or `top`, or a box in the `corner`. */
  position: 'bottom' | 'top' | 'corner' = 'bottom';

  /** Hide the persistent "Privacy choices" button, when the page offers its own way back (a `data-privacy-open` element). */
  noReopenButton = false;

  /** Reload the page after a choice that withdraws a category granted before: scripts that already ran stop, and nothing they keep in memory is written back. */
  reloadOnWithdrawal = false;

  /** The visitor's region (e.g. "US-CA"), when the page knows it; narrows GPC to the jurisdictions the policy names. */
  region?: string;

  private bannerRequested = false;
  private openWhenReady = false;
  private detailsOpen = false;
  private draft: Record<string, boolean> = {};
  /** The preferences dialog is rendered the first time it is opened, not on every page load. */
  private preferencesUsed = false;
  /** Categories whose list of cookies was opened: only those are rendered, since a policy may list thousands. */
  private itemsShown: ReadonlySet<string> = new Set();
  /** How many categories the dialog has drawn (see preferences.ts), and the frame that draws more. */
  private shown = 0;
  private growing?: number;
  /** The preferences dialog's code, once loaded. */
  private secondLayer?: SecondLayer;
  private secondLayerLoading?: Promise<SecondLayer>;
  /** The idle-time fetch of the second layer is asked for once. */
  private prefetchAsked = false;
  /** The prompt's lists of purposes and of receivers, and the policy, language and list words they were made with. */
  private asked?: [Manifest, string, ListWords, string, string];

  /**
   * Loads the preferences dialog's code and, on a page in another language, its strings (the
   * script tag fetches them; an app imports its languages itself). Asked ahead at idle time, so
   * that a click finds it here.
   */
  private loadSecondLayer(): Promise<SecondLayer> {
    return (this.secondLayerLoading ??= Promise.all([
      import('./preferences.js'),
      catalogReady(this.ui.lang, 'preferences'),
    ]).then(
      ([layer]) => {
        this.strings = { ...strings, ...layer.strings };
        this.catalogPart = 'banner preferences';
        return (this.secondLayer = layer);
      },
      (error: unknown) => {
        this.secondLayerLoading = undefined; // a later click tries again
        throw error;
      },
    ));
  }

  /** Loads the second layer for a visitor's click: a failure is reported (once per click) and grants nothing. */
  private async withSecondLayer(): Promise<SecondLayer | undefined> {
    try {
      return await this.loadSecondLayer();
    } catch (error) {
      const message = `the preferences could not be loaded (${(error as Error)?.message ?? error})`;
      console.error(`privacy-elements: ${message}; nothing optional is enabled.`);
      emit(this, 'privacy-error', { issues: [{ path: '$', message }], omitted: 0, source: 'preferences' });
      return undefined;
    }
  }
  private get dialog() {
    return this.renderRoot?.querySelector<HTMLDialogElement>('dialog');
  }
  private get panel() {
    return this.renderRoot?.querySelector<HTMLElement>('[part~=panel]');
  }
  /** What of the banner sits over the page now: the first layer, else the dock with the way back. */
  private get covering() {
    return this.panel ?? this.renderRoot?.querySelector<HTMLElement>('.dock');
  }
  /** The page element focus came from into the banner: where it goes back when the banner leaves no way back of its own. */
  private cameFrom?: Element;
  private readonly noteEntry = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (from instanceof Element && from !== this && !this.contains(from)) this.cameFrom = from;
  };
  private get reopenButton() {
    return this.renderRoot?.querySelector<HTMLElement>('[part~=reopen]');
  }

  private readonly consentController = new ConsentController(
    this,
    () => this.policyController.state,
    () => this.region ?? pageConfig.region,
    () => this.ui.lang,
  );

  /** The choice in force for this page view (stored, or made now if the browser keeps no cookies); undefined before the visitor chose. */
  get consent(): ConsentRecord | undefined {
    return this.consentController.record;
  }

  /** Whether a category may be used now: strictly necessary ones always, others once granted and not locked by a privacy signal. */
  isGranted(category: string): boolean {
    return flagOn(this.consentController.choices, category);
  }

  /** Shows the first layer again (the notice, or the prompt). */
  openBanner(): void {
    this.bannerRequested = true;
  }

  /** Opens the preferences dialog, with the choices in force; on a notice-only site, shows the notice. */
  async openPreferences(): Promise<void> {
    // Asked before the policy arrived (a page calls the API early): open once it is here.
    if (this.policyController.state.status === 'loading') return void (this.openWhenReady = true);
    if (!this.consentController.asksConsent) return this.openBanner();
    // Loaded ahead at idle time, as a rule: then nothing waits here.
    if (!this.secondLayer && !(await this.withSecondLayer())) return;
    this.draft = ownFlags(Object.entries(this.consentController.choices));
    this.preferencesUsed = true;
    this.shown = this.secondLayer!.SLICE;
    await this.updateComplete;
    // The policy may have become unusable meanwhile: then there is no dialog to open.
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('focusin', this.keepFocusVisible);
    this.addEventListener('focusin', this.noteEntry);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.keepFocusVisible);
    this.release();
  }

  private get bannerShown() {
    return this.bannerRequested || !this.consentController.record;
  }

  private async choose(method: ConsentMethod, wants: (id: string) => boolean) {
    this.consentController.choose(method, wants);
    this.bannerRequested = false;
    this.dialog?.close();
    await this.updateComplete;
    // The button that was used is gone; keep keyboard users near the way back, or where they came from.
    if (document.activeElement === document.body)
      (this.reopenButton ?? (this.cameFrom?.isConnected ? (this.cameFrom as HTMLElement) : undefined))?.focus();
  }

  /** Room reserved at the page's end (bottom banner) or start (top banner), and the page's own padding it replaced. */
  private reserved?: { side: 'paddingBottom' | 'paddingTop'; was: string; for: HTMLElement };

  /**
   * A non-modal banner must not hide the focused page element (WCAG 2.4.11), nor
   * may the dock with the way back once the choice is made: scroll it clear, first
   * making room at the page's end (or start, for a top banner) when the page
   * cannot scroll that far.
   */
  private readonly keepFocusVisible = (event: FocusEvent) => {
    const path = event.composedPath();
    // Focus moving inside another element's shadow root never reaches the document: listen there too.
    for (const node of path)
      if (node instanceof ShadowRoot && node !== this.shadowRoot && !this.watched.has(node)) {
        this.watched.add(node);
        node.addEventListener('focusin', this.keepFocusVisible as EventListener);
      }
    const target = path[0];
    // After the browser has scrolled the newly focused element into view its own way.
    if (target instanceof Element && target !== this && !this.shadowRoot!.contains(target))
      requestAnimationFrame(() => this.clear(target));
  };

  private readonly watched = new WeakSet<ShadowRoot>();

  private clear(target: Element): void {
    const panel = this.covering;
    if (!panel || !this.isConnected || !target.isConnected) return;
    const p = panel.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    if (!(r.bottom > p.top && r.top < p.bottom && r.right > p.left && r.left < p.right)) return;
    const atBottom = p.top + p.bottom > innerHeight;
    // How far to scroll: down until the element clears the banner's top edge, or up until it clears its bottom edge.
    const by = atBottom ? r.bottom - p.top + 16 : r.top - p.bottom - 16;
    const root = document.documentElement;
    const room = atBottom ? root.scrollHeight - scrollY - innerHeight : scrollY;
    const side = atBottom ? 'paddingBottom' : 'paddingTop';
    const space = `${Math.ceil(p.height) + 16}px`;
    if (Math.abs(by) > room && root.style[side] !== space) {
      if (this.reserved?.side !== side || this.reserved.for !== panel) this.release(); // the banner moved, or its first layer gave way to the dock
      this.reserved ??= { side, was: root.style[side], for: panel };
      root.style[side] = space; // as tall as the banner is now, which may have grown since
      if (!atBottom) return this.clear(target); // the page moved down under a top banner: measure again
    }
    scrollBy(0, by);
  }

  protected override updated() {
    // The first layer asks: fetch the second while the visitor reads, so that "Customize" opens at once.
    if (this.bannerShown && this.consentController.asksConsent && !this.prefetchAsked) {
      this.prefetchAsked = true;
      (globalThis.requestIdleCallback ?? setTimeout)(() => this.loadSecondLayer().catch(() => {}));
    }
    if (this.openWhenReady && this.policyController.state.status !== 'loading') {
      this.openWhenReady = false;
      void this.openPreferences();
    }
    if (this.reserved && !this.reserved.for.isConnected) this.release();
    // A long policy's dialog grows a slice per frame until every category is drawn.
    const { manifest } = this.consentController;
    if (this.preferencesUsed && manifest && this.shown <= categoriesOf(manifest).length)
      this.growing ??= requestAnimationFrame(() => {
        this.growing = undefined;
        this.shown += this.secondLayer!.SLICE;
      });
  }

  private release() {
    if (!this.reserved) return;
    document.documentElement.style[this.reserved.side] = this.reserved.was;
    this.reserved = undefined;
  }

  protected override render() {
    const manifest = this.policyManifest;
    const { catalog } = this.ui;
    const consent = this.consentController;
    const note = consent.storageBlocked
      ? html`<p part="note" role="status">${catalog.storageUnavailable}</p>`
      : nothing;
    if (!manifest)
      return this.policyController.state.status === 'error'
        ? html`<div part="base panel">${this.renderStatus()}</div>`
        : nothing;
    const asks = consent.asksConsent;
    const href = safeHref(manifest.url);
    const button = (label: string, action: () => void) =>
      html`<button part="button" class="choice" @click=${action}>${label}</button>`;
    const layer = this.secondLayer;
    const view = layer && this.view(note);
    return html`
      <div aria-live="polite">
        ${
          this.bannerShown
            ? html`<section part="base panel" aria-labelledby="title">
              <h2 id="title">${asks ? catalog.promptTitle : catalog.noticeTitle}</h2>
              <div class="text">
                ${asks ? this.renderAsked(href) : html`<p>${catalog.noticeText}</p>`}
                ${manifest.cookies?.statement ? html`<p>${this.text(manifest.cookies.statement)}</p>` : nothing}
                ${href && !asks ? html`<p><a href=${href}>${catalog.policyLink}</a></p>` : nothing} ${note}
              ${
                // The notice always has a list: the cookie that keeps the choice, at least.
                !asks
                  ? html`<button part="button" aria-expanded=${this.detailsOpen} aria-controls="details" @click=${this.toggleDetails}>
                      ${catalog.cookieDetails}
                    </button>
                    <div id="details" part="details" aria-live="off" ?hidden=${!this.detailsOpen}>${this.detailsOpen && view ? layer!.listedCategories(view).map((c) => layer!.itemsTable(view, c)) : nothing}</div>`
                  : nothing
              }
              </div>
              <div part="actions">
                ${
                  asks
                    ? [
                        button(catalog.acceptAll, () => this.choose('accept', () => true)),
                        button(catalog.rejectAll, () => this.choose('reject', () => false)),
                        button(catalog.customize, () => this.openPreferences()),
                      ]
                    : button(catalog.acknowledge, () => this.choose('acknowledge', () => false))
                }
              </div>
            </section>`
            : nothing
        }
      </div>
      ${
        asks && !this.bannerShown
          ? html`<div class="dock">
            ${note}${this.noReopenButton ? nothing : html`<button part="button reopen" @click=${() => this.openPreferences()}>${catalog.reopen}</button>`}
          </div>`
          : nothing
      }
      ${asks && this.preferencesUsed && view ? layer!.preferencesDialog(view) : nothing}
    `;
  }

  private readonly toggleDetails = async () => {
    if (this.detailsOpen || this.secondLayer || (await this.withSecondLayer())) this.detailsOpen = !this.detailsOpen;
  };

  /** What the second layer reads from the banner and asks it to do. */
  private view(note: unknown = nothing): PreferencesView {
    const { catalog, lang } = this.ui;
    const { manifest, decision } = this.consentController;
    return {
      catalog: catalog as PreferencesView['catalog'],
      lang,
      text: (value: Text | undefined) => this.text(value),
      manifest: manifest!,
      locked: decision?.locked ?? [],
      draft: this.draft,
      setDraft: (id: string, on: boolean) => (this.draft = ownFlags([...Object.entries(this.draft), [id, on]])),
      itemsShown: this.itemsShown,
      showItems: (id: string) => (this.itemsShown = new Set(this.itemsShown).add(id)),
      save: () => this.choose('save', (id) => flagOn(this.draft, id)),
      close: () => this.dialog!.close(),
      // Asked when a key is pressed: the dialog is not there yet when it is first rendered.
      dialog: () => this.dialog,
      note,
      shown: this.shown,
    };
  }

  /** The code that holds embeds, with placeholders in the page's language. */
  async embedGate(actions: (embed: HTMLElement) => EmbedActions): Promise<EmbedGate> {
    const [embeds] = await Promise.all([import('./embeds.js'), this.loadSecondLayer()]);
    return new embeds.EmbedGate(document, (embed) => embeds.placeholderFor(this.view(), embed, actions(embed)));
  }

  /**
   * What the prompt asks for, as the EDPB and CNIL expect of a first layer: each optional purpose
   * and who would receive the data, with the full list one click away.
   */
  private renderAsked(href: string | undefined) {
    const { catalog, lang } = this.ui;
    const manifest = this.policyManifest!;
    // Listed once per policy and language: a long policy names thousands of providers, and the
    // banner renders again on every frame while its dialog grows.
    if (this.asked?.[0] !== manifest || this.asked[1] !== lang || this.asked[2] !== catalog.listAnd) {
      const list = (texts: Text[]) => {
        const byKey = new Map<string, string>();
        for (const t of texts.map((v) => this.text(v))) if (!byKey.has(t.toLowerCase())) byKey.set(t.toLowerCase(), t);
        return [...byKey.values()];
      };
      const receivers = list(optionalReceivers(manifest));
      this.asked = [
        manifest,
        lang,
        catalog.listAnd,
        joinList(
          list(
            categoriesOf(manifest)
              .filter((c) => !c.necessary)
              .map((c) => c.name),
          ),
          lang,
          catalog.listAnd,
        ),
        receivers.length ? joinList(receivers, lang, catalog.listAnd) : '',
      ];
    }
    const [, , , purposes, receivers] = this.asked;
    return html`<p>
        ${catalog.promptText} ${catalog.promptPurposes(purposes)}
        ${receivers ? catalog.promptRecipients(receivers) : nothing}
      </p>
      <p class="links">
        <button part="more" class="more" @click=${() => this.openPreferences()}>${catalog.promptMore}</button>
        ${href ? html`<a href=${href}>${catalog.policyLink}</a>` : nothing}
      </p>`;
  }
}
