import type { ConsentModeType, Manifest } from '../manifest/schema.js';
import type { Signals } from './detect.js';

/** What the manifest's stance makes of the browser's signals. */
export interface SignalDecision extends Signals {
  /** The policy honours GPC for this visitor and the signal is on. */
  readonly gpcHonoured: boolean;
  /** The policy honours DNT and the signal is on. */
  readonly dntHonoured: boolean;
  /** Category ids that stay denied and cannot be granted while the signal is on. */
  readonly locked: readonly string[];
  /** Consent Mode types forced to denied. */
  readonly deniedConsentModeTypes: readonly ConsentModeType[];
}

const AD_TYPES: readonly ConsentModeType[] = ['ad_storage', 'ad_user_data', 'ad_personalization'];

/**
 * Whether a visitor's region may be in one of the places named, codes compared in any case: the
 * same code, a place that contains it ("US" holds "US-CA"), or a region known only as far as a
 * country that holds a place named ("US" may be "US-CA": the signal is the visitor's stated wish).
 */
const within = (region: string, places: readonly string[]) => {
  const r = region.trim().toUpperCase();
  return places.some((place) => {
    const p = place.trim().toUpperCase();
    return r === p || r.startsWith(`${p}-`) || p.startsWith(`${r}-`);
  });
};

/** Optional categories used for sale, sharing or targeted advertising, by `uses` or a Consent Mode ad type: what an opt-out signal stops. */
const optOutCategories = (manifest: Manifest | undefined) =>
  manifest?.cookies?.categories.filter(
    (c) => !c.necessary && (c.uses?.length || c.consentMode?.some((t) => AD_TYPES.includes(t))),
  ) ?? [];

/**
 * True when the policy says it neither sells nor shares and nothing in it (a category or a
 * recipient) is used for sale, sharing or targeted advertising: a GPC signal has nothing to stop.
 */
export const nothingToOptOut = (manifest: Manifest) =>
  !!manifest.sale &&
  !manifest.sale.sells &&
  !manifest.sale.shares &&
  !optOutCategories(manifest).length &&
  !manifest.recipients?.some((r) => r.uses?.length);

/**
 * Applies the manifest's stance. A signal the policy honours (GPC, or DNT) locks
 * every category used for sale, sharing or targeted advertising (by `uses` or a
 * Consent Mode ad type) and denies the Consent Mode ad types; other optional
 * categories stay denied until the visitor chooses, as always. `region` (e.g.
 * "US-CA") limits GPC to the jurisdictions the manifest names; unknown region
 * means honour it, since the signal is the visitor's stated wish.
 */
export function decideSignals(signals: Signals, manifest: Manifest | undefined, region?: string): SignalDecision {
  const stance = manifest?.signals;
  const regions = stance?.gpc?.jurisdictions;
  const gpcHonoured =
    signals.gpc === true && stance?.gpc?.honoured === true && (!regions || !region || within(region, regions));
  const dntHonoured = signals.dnt === true && stance?.dnt?.honoured === true;
  const optOut = gpcHonoured || dntHonoured;
  const locked = optOut ? optOutCategories(manifest) : [];
  return {
    ...signals,
    gpcHonoured,
    dntHonoured,
    locked: locked.map((c) => c.id),
    deniedConsentModeTypes: optOut ? AD_TYPES : [],
  };
}
