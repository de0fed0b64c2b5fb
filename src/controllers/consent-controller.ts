import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PolicyState } from './policy-controller.js';
import { currentSignalDecision } from './signals-controller.js';
import type { Manifest } from '../core/manifest/schema.js';
import type { SignalDecision } from '../core/signals/decision.js';
import { browserCookieJar, type CookieJar } from '../core/consent/cookie-jar.js';
import { ConsentStore, DEFAULT_COOKIE } from '../core/consent/store.js';
import {
  categoriesOf,
  createRecord,
  decideChoices,
  flagOn,
  type ConsentMethod,
  type ConsentRecord,
} from '../core/consent/record.js';
import { allDenied, consentModeState, pushConsentMode, type DataLayerHost } from '../core/consent/consent-mode.js';
import { gateScripts } from '../core/consent/gating.js';
import type { EmbedGate } from '../core/consent/embeds.js';
import { embedCategories, HELD } from '../core/consent/embed-selector.js';
import { postRecord } from '../core/consent/endpoint.js';
import { publishConsent, registerConsentUi, type ConsentUi } from '../core/consent/api.js';
import { clearRefused, type Cleanup } from '../core/consent/cleanup.js';
import { emit } from '../internal/emit.js';

export interface ConsentHost extends ReactiveControllerHost, HTMLElement, ConsentUi {
  /** Reload the page when a choice withdraws a category granted before, so the scripts it let run stop. */
  readonly reloadOnWithdrawal?: boolean;
  /** Loads the code that holds embeds: a gate whose placeholders' buttons do what `actions` says. */
  embedGate(actions: (embed: HTMLElement) => EmbedActions): Promise<EmbedGate>;
}

/** What a held embed's placeholder can do. */
export interface EmbedActions {
  /** Loads this embed only, recording nothing. */
  loadOnce(): void;
  /** Grants the embed's categories as the preferences would (recorded, method `save`), which loads it and its like. */
  allow(): void;
}

/** The detail of the consent events: the record, and what the refusal removed and left. */
export type ConsentChange = ConsentRecord & Cleanup;

/**
 * Connects a banner to the consent core: reads the stored choice once the
 * manifest is ready, applies it (Consent Mode, gated scripts, the page API),
 * records new choices, and opens the banner for `data-privacy-open` elements.
 */
export class ConsentController implements ReactiveController {
  /** Where the consent cookie lives; tests put a stand-in here. */
  static jar: CookieJar = browserCookieJar;
  /** How the page reloads after a withdrawal; tests put a stand-in here. */
  static reload = () => location.reload();

  /** The manifest the state below belongs to. */
  manifest?: Manifest;
  /** What the privacy signals decided for this manifest. */
  decision?: SignalDecision;
  /** The choice in force for this page view, stored or not. */
  record?: ConsentRecord;
  /** Granted or not, per category, with signals applied. */
  choices: Readonly<Record<string, boolean>> = {};

  private store?: ConsentStore;
  private stopGating?: () => void;
  private embeds?: EmbedGate;
  /** The page has held embeds: their code is loaded or on its way. */
  private embedsWanted = false;
  private seekingEmbeds?: MutationObserver;
  private unregister?: () => void;
  private failed = false;

  constructor(
    private readonly host: ConsentHost,
    private readonly policy: () => PolicyState,
    private readonly region: () => string | undefined,
    private readonly language: () => string,
  ) {
    host.addController(this);
  }

  hostConnected() {
    document.addEventListener('click', this.openFromPage);
    this.unregister = registerConsentUi(this.host);
    // Moved in the document: take up gating and the page API again.
    if (this.manifest) this.apply(this.record);
  }

  hostDisconnected() {
    document.removeEventListener('click', this.openFromPage);
    this.unregister?.();
    this.stopGating?.();
    this.stopGating = undefined;
    this.stopEmbeds();
  }

  private stopEmbeds() {
    this.embeds?.stop();
    this.seekingEmbeds?.disconnect();
    this.embeds = this.seekingEmbeds = undefined;
    this.embedsWanted = false;
  }

  /**
   * Brings the code that holds embeds once the page has one, now or later. Until it arrives an
   * embed stays as the page wrote it: without `src`, so nothing loads.
   */
  private seekEmbeds() {
    if (this.embedsWanted) return;
    const start = () => {
      if (!document.querySelector(HELD)) return;
      this.embedsWanted = true;
      this.seekingEmbeds?.disconnect();
      this.host
        .embedGate((embed) => this.embedActions(embed))
        .then(
          (gate) => {
            if (!this.manifest || this.embeds) return gate.stop(); // the policy went away meanwhile
            this.embeds = gate;
            gate.update((id) => flagOn(this.choices, id));
          },
          (e: unknown) => console.error('privacy-elements: the code that holds embeds could not be loaded:', e),
        );
    };
    start();
    if (!this.embedsWanted)
      (this.seekingEmbeds ??= new MutationObserver(start)).observe(document, { childList: true, subtree: true });
  }

  hostUpdate() {
    const state = this.policy();
    if (state.status === 'ready') {
      if (state.manifest !== this.manifest) this.start(state.manifest);
      else if (this.region() !== this.regionUsed) this.decide(); // the page learnt the visitor's region
    } else if (this.manifest) this.stop();
    // Without a manifest nothing is granted; if Google tags are on the page, keep them denied.
    if (state.status === 'error' && !this.failed && Array.isArray(this.page.dataLayer))
      pushConsentMode(this.page, 'default', allDenied());
    this.failed = state.status === 'error';
  }

  /** Whether the policy has categories that need consent (otherwise the banner is a notice). */
  get asksConsent(): boolean {
    return !!this.manifest && categoriesOf(this.manifest).some((c) => !c.necessary);
  }

  /** True once the browser refused to read or keep the choice: it then lasts for this page view only. */
  get storageBlocked(): boolean {
    return this.store?.available === false;
  }

  /**
   * Records a choice: `wants` says which optional categories the visitor grants. A record that
   * corrects an earlier one (a signal overriding it) lapses no later than that one `until`.
   */
  choose(method: ConsentMethod, wants: (id: string) => boolean, until?: string) {
    const { manifest, decision, store } = this;
    if (!manifest || !decision || !store) return;
    const choices = decideChoices(manifest, wants, decision.locked);
    const made = createRecord(manifest, choices, method, this.language(), decision);
    const record = until && until < made.expires ? { ...made, expires: until } : made;
    const before = this.choices;
    store.write(record);
    const refused = Object.keys(choices).filter((id) => !choices[id]);
    const cleanup = this.clear(refused);
    const endpoint = manifest.consent?.endpoint;
    if (endpoint) postRecord(endpoint, record, navigator, globalThis.fetch);
    this.apply(record);
    emit(this.host, 'privacy-consent-change', { ...record, ...cleanup });
    if (this.host.reloadOnWithdrawal && refused.some((id) => before[id])) ConsentController.reload();
  }

  /** Deletes what the refused categories stored, where this page can reach it. */
  private clear(refused: readonly string[]): Cleanup {
    const { manifest } = this;
    return clearRefused(manifest!, refused, {
      jar: ConsentController.jar,
      location,
      storage: (kind) => window[kind],
      keep: manifest!.consent?.cookie ?? DEFAULT_COOKIE,
    });
  }

  private start(manifest: Manifest) {
    // The same policy in a new object (an app that passes a fresh one on every render): nothing changes.
    if (this.manifest && JSON.stringify(manifest) === JSON.stringify(this.manifest))
      return void (this.manifest = manifest);
    // Another policy replaces the one in force: what was granted under it ends first.
    if (this.manifest) this.stop();
    this.manifest = manifest;
    this.store = new ConsentStore(ConsentController.jar, manifest, location);
    // Before any gated script can run: every type used starts denied.
    pushConsentMode(
      this.page,
      'default',
      consentModeState(manifest, () => false),
    );
    this.decide(this.store.read());
  }

  /** The region the signals were last decided for. */
  private regionUsed?: string;

  /**
   * Decides what the signals mean for the visitor's region and applies `record` under it. A signal
   * wins over an earlier grant; the corrected choice is recorded as proof, lapsing when that one would.
   */
  private decide(record = this.record) {
    const decision = (this.decision = currentSignalDecision(this.manifest!, (this.regionUsed = this.region())));
    this.apply(record);
    if (record && decision.locked.some((id) => flagOn(record.choices, id)))
      this.choose('signal', (id) => flagOn(record.choices, id), record.expires);
  }

  /**
   * The policy in force went away (replaced by a broken one, or another is loading): nothing stays
   * granted, gated scripts not yet run stay held, and Google tags are told every type is denied.
   */
  private stop() {
    const withdrawn = this.record;
    // What the choice allowed is removed with it; the categories are those of the policy that granted them.
    const cleanup = withdrawn && this.clear(Object.keys(this.choices).filter((id) => this.choices[id]));
    this.manifest = this.decision = this.store = this.record = undefined;
    this.choices = {};
    this.stopGating?.();
    this.stopGating = undefined;
    this.stopEmbeds();
    publishConsent(undefined, {});
    this.host.requestUpdate();
    if (!withdrawn) return;
    if (Array.isArray(this.page.dataLayer)) pushConsentMode(this.page, 'update', allDenied());
    // Page code that started something on a grant hears that it must stop.
    emit(this.host, 'privacy-consent-withdrawn', { ...withdrawn, ...cleanup! });
  }

  private apply(record: ConsentRecord | undefined) {
    const { manifest, decision } = this;
    this.record = record;
    const choices = (this.choices = decideChoices(manifest!, (id) => flagOn(record?.choices, id), decision!.locked));
    const granted = (id: string) => flagOn(choices, id);
    if (record)
      pushConsentMode(this.page, 'update', consentModeState(manifest!, granted, decision!.deniedConsentModeTypes));
    this.stopGating?.();
    this.stopGating = Object.values(choices).some(Boolean) ? gateScripts(document, granted) : undefined;
    if (this.embeds) this.embeds.update(granted);
    else this.seekEmbeds();
    publishConsent(record, choices);
    this.host.requestUpdate();
  }

  private embedActions(embed: HTMLElement): EmbedActions {
    return {
      loadOnce: () => this.embeds?.load(embed),
      allow: () => this.choose('save', (id) => this.choices[id] === true || embedCategories(embed).includes(id)),
    };
  }

  private get page(): DataLayerHost {
    return window as DataLayerHost;
  }

  private readonly openFromPage = (event: Event) => {
    const opener = (event.target as Element).closest?.<HTMLElement>('[data-privacy-open]');
    if (!opener) return;
    event.preventDefault();
    if (opener.dataset.privacyOpen === 'banner') this.host.openBanner();
    else this.host.openPreferences();
  };
}
