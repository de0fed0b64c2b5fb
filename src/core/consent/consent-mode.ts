import { CONSENT_MODE_TYPES, type ConsentModeType, type Manifest } from '../manifest/schema.js';
import { categoriesOf } from './record.js';

export type ConsentModeState = Partial<Record<ConsentModeType, 'granted' | 'denied'>>;

/** Where gtag keeps its queue: `window` in a page. */
export interface DataLayerHost {
  dataLayer?: unknown[];
}

/** How long Google tags wait for the update after the default (ms). */
export const WAIT_FOR_UPDATE_MS = 500;

/**
 * The Consent Mode state of every type the manifest's categories map to. A
 * type is granted only when every category mapping to it is granted and no
 * privacy signal forces it denied.
 */
export function consentModeState(
  manifest: Manifest,
  granted: (id: string) => boolean,
  forcedDenied: readonly ConsentModeType[] = [],
): ConsentModeState {
  const state: ConsentModeState = {};
  for (const c of categoriesOf(manifest))
    for (const type of c.consentMode ?? [])
      state[type] = state[type] !== 'denied' && granted(c.id) && !forcedDenied.includes(type) ? 'granted' : 'denied';
  return state;
}

/** Every Consent Mode type, denied: the default when the manifest could not be read. */
export const allDenied = (): ConsentModeState => Object.fromEntries(CONSENT_MODE_TYPES.map((t) => [t, 'denied']));

/**
 * `gtag('consent', action, state)`, pushed exactly as gtag does (an arguments
 * object, which Google tags tell apart from a plain array). The default also
 * asks tags to wait for the update. Does nothing when no type is in use.
 */
export function pushConsentMode(host: DataLayerHost, action: 'default' | 'update', state: ConsentModeState): void {
  if (!Object.keys(state).length) return;
  // Only a real array: `<img id="dataLayer">` makes `window.dataLayer` an element (DOM clobbering).
  const layer = Array.isArray(host.dataLayer) ? host.dataLayer : (host.dataLayer = []);
  (function gtag(_command: string, _action: string, _state: object) {
    // eslint-disable-next-line prefer-rest-params
    layer.push(arguments);
  })('consent', action, action === 'default' ? { ...state, wait_for_update: WAIT_FOR_UPDATE_MS } : state);
}
