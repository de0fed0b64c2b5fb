/** What a browser says about privacy signals; read for each decision (GPC is fixed for a page's lifetime, so the answer does not change). */
export interface Signals {
  /** Global Privacy Control: true = opt out, false = supported but off, undefined = not supported. */
  readonly gpc: boolean | undefined;
  /** Do Not Track: true = on ("1", "yes"), false = off ("0", "no"), undefined = unset or missing. */
  readonly dnt: boolean | undefined;
}

/** The parts of `navigator` and `window` that carry the signals; injectable for tests. */
export interface SignalSource {
  readonly globalPrivacyControl?: unknown;
  readonly doNotTrack?: unknown;
  readonly msDoNotTrack?: unknown;
}

const DNT: Record<string, boolean> = { '1': true, yes: true, '0': false, no: false };

/** Reads GPC and normalises DNT from `navigator.doNotTrack`, `window.doNotTrack` and `navigator.msDoNotTrack`. */
export function readSignals(nav: SignalSource | undefined, win?: SignalSource): Signals {
  const gpc = nav?.globalPrivacyControl;
  const raw = [nav?.doNotTrack, win?.doNotTrack, nav?.msDoNotTrack].find(
    (v) => typeof v === 'string' && v.toLowerCase() in DNT,
  );
  return {
    gpc: typeof gpc === 'boolean' ? gpc : undefined,
    dnt: typeof raw === 'string' ? DNT[raw.toLowerCase()] : undefined,
  };
}
