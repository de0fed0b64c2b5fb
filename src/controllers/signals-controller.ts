import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readSignals, type SignalSource, type Signals } from '../core/signals/detect.js';
import { decideSignals, type SignalDecision } from '../core/signals/decision.js';
import type { Manifest } from '../core/manifest/schema.js';

/** Where signals are read from; tests and embedders may replace it (e.g. with a fixed object). */
// No prototype: a source nobody set reads as undefined, not as an object another script put on `Object.prototype`.
export const signalSources: { navigator?: SignalSource; window?: SignalSource } = Object.create(null);

/** The browser's signals now: from `signalSources` when set, else from the real navigator and window. */
export const currentSignals = (): Signals =>
  readSignals(signalSources.navigator ?? globalThis.navigator, signalSources.window ?? (globalThis as SignalSource));

/** What the manifest makes of the current signals; `region` narrows GPC to the manifest's jurisdictions. */
export const currentSignalDecision = (manifest: Manifest | undefined, region?: string): SignalDecision =>
  decideSignals(currentSignals(), manifest, region);

/** Gives a host the signal decision for its manifest, recomputed before each update. */
export class SignalsController implements ReactiveController {
  decision?: SignalDecision;

  constructor(
    host: ReactiveControllerHost,
    private readonly manifest: () => Manifest | undefined,
    private readonly region: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate() {
    const manifest = this.manifest();
    this.decision = manifest ? currentSignalDecision(manifest, this.region()) : undefined;
  }

  /** On a server, where no controller hook runs: the decision for the signals the request carried. */
  decideOnServer(signals: Signals) {
    const manifest = this.manifest();
    this.decision = manifest ? decideSignals(signals, manifest, this.region()) : undefined;
  }
}
