import { css, html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { PolicyElement } from '../../internal/policy-element.js';
import { pageConfig } from '../../internal/config.js';
import { commonStrings } from '../../core/i18n/en/common.js';
import { signalsStrings } from '../../core/i18n/en/signals.js';
import { baseStyles } from '../../internal/base.styles.js';
import { emit } from '../../internal/emit.js';
import { SignalsController } from '../../controllers/signals-controller.js';
import type { Signals } from '../../core/signals/detect.js';
import { nothingToOptOut, type SignalDecision } from '../../core/signals/decision.js';

declare module '../../internal/emit.js' {
  interface PrivacyEventMap {
    'privacy-signal': CustomEvent<SignalDecision>;
  }
}

/** The English strings this element uses. */
const strings = { ...commonStrings, ...signalsStrings };

/**
 * Tells the visitor which privacy signals their browser sends (Global Privacy
 * Control, Do Not Track) and what the site did with them, in the policy's own
 * words where it has some (CalOPPA asks sites to say how they respond to DNT).
 *
 * @summary The status of the visitor's GPC and DNT signals, and how they were honoured.
 * @tagname privacy-signals
 *
 * @fires privacy-signal - Once the policy is ready; detail: the signals and the decision (gpc, dnt, gpcHonoured, dntHonoured, locked, deniedConsentModeTypes).
 * @fires privacy-error - The policy manifest could not be loaded or is invalid; detail: issues with JSON paths.
 *
 * @csspart base - The status text.
 * @csspart statement - The policy's own statement about a signal.
 * @csspart status - The loading or error message.
 *
 * @cssprop --privacy-color - Text color.
 * @cssprop --privacy-background - Background color.
 * @cssprop --privacy-muted - Color of the policy's statements.
 * @cssprop --privacy-font - Font family.
 * @cssprop --privacy-font-size - Base font size.
 */
export class PrivacySignals extends PolicyElement<keyof typeof strings> {
  protected override strings = strings;
  protected override catalogPart = 'signals';

  static override properties: PropertyDeclarations = {
    always: { type: Boolean },
    region: {},
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        /* Own background, so that dark-mode text never lands on a light page. */
        background: var(--_background);
      }
      p {
        margin: 0;
      }
      [part='statement'] {
        color: var(--_muted);
        font-size: 0.9em;
      }
    `,
  ];

  /** Show a status even when the browser sends no signal. */
  always = false;

  /** The visitor's region (e.g. "US-CA"), when the page knows it; narrows GPC to the jurisdictions the policy names. */
  region?: string;

  /**
   * Server rendering only: the signals the visitor's request carried (`Sec-GPC: 1` and `DNT: 1`
   * headers), which the browser then reports the same. A page rendered once for many visitors
   * (a cache) must not set it.
   */
  requestSignals?: Signals;

  private readonly signals = new SignalsController(
    this,
    () => this.policyManifest,
    () => this.region ?? pageConfig.region,
  );
  private announced?: SignalDecision;

  /** The signals and what the policy made of them, once the policy is ready. */
  get decision(): SignalDecision | undefined {
    return this.signals.decision;
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (isServer) this.signals.decideOnServer(this.requestSignals ?? { gpc: undefined, dnt: undefined });
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const { decision } = this;
    if (decision && JSON.stringify(decision) !== JSON.stringify(this.announced)) {
      this.announced = decision;
      emit(this, 'privacy-signal', decision);
    }
  }

  protected override render() {
    const { decision } = this;
    if (!decision) return this.renderStatus();
    const { catalog } = this.ui;
    const stance = this.policyManifest?.signals;
    const lines: [string, string | undefined][] = [];
    // A site with nothing for the signal to stop: saying it "does not act on it" would mislead.
    if (decision.gpc)
      lines.push([
        decision.gpcHonoured
          ? catalog.gpcHonoured
          : nothingToOptOut(this.policyManifest!)
            ? catalog.gpcNothingToStop
            : catalog.gpcNotHonoured,
        this.text(stance?.gpc?.statement),
      ]);
    if (decision.dnt)
      lines.push([
        decision.dntHonoured ? catalog.dntHonoured : catalog.dntNotHonoured,
        this.text(stance?.dnt?.statement),
      ]);
    if (!lines.length && !this.always) return nothing;
    if (!lines.length)
      lines.push([
        decision.gpc === false ? catalog.gpcOff : catalog.noSignal,
        this.text(stance?.dnt?.statement) || this.text(stance?.gpc?.statement),
      ]);
    return lines.map(
      ([status, statement]) =>
        html`<p part="base">${status}</p>${statement ? html`<p part="statement">${statement}</p>` : nothing}`,
    );
  }
}
