/**
 * Every event the library fires, by name. Element modules add theirs to this
 * map (declaration merging), so `emit()` and `addEventListener` are typed.
 */
export interface PrivacyEventMap {
  'privacy-error': CustomEvent<import('./policy-element.js').PrivacyErrorDetail>;
}

type DetailOf<K extends keyof PrivacyEventMap> = PrivacyEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Fires a bubbling, composed event from `el`. Returns false when a cancelable
 * event was prevented by a listener.
 */
export function emit<K extends keyof PrivacyEventMap>(
  el: EventTarget,
  name: K,
  detail: DetailOf<K>,
  cancelable = false,
): boolean {
  return el.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }));
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the library's events
  interface GlobalEventHandlersEventMap extends PrivacyEventMap {}
}
