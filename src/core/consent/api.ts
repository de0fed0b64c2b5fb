import { flagOn, type ConsentRecord } from './record.js';

/** The banner the page API talks to. */
export interface ConsentUi {
  openPreferences(): void;
  openBanner(): void;
}

type Listener = (record: ConsentRecord) => void;

let current: { record?: ConsentRecord; choices: Readonly<Record<string, boolean>> } | undefined;
let ui: ConsentUi | undefined;
const listeners = new Set<Listener>();

/** The visitor's current consent record, once the banner has read or made one. */
export const getConsent = (): ConsentRecord | undefined => current?.record;

/**
 * Whether a category may be used now. False until the banner is ready, for
 * unknown categories, and for categories a privacy signal locks.
 */
export const isGranted = (category: string): boolean => flagOn(current?.choices, category);

/**
 * Calls `callback` with the record now (if there is one), when a stored one is
 * read, and on every choice. Returns the function that unsubscribes.
 */
export function onConsentChange(callback: Listener): () => void {
  listeners.add(callback);
  if (current?.record) call(callback, current.record);
  return () => listeners.delete(callback);
}

/** One page callback that throws must not stop the others, nor the banner: it is reported like an uncaught error. */
function call(listener: Listener, record: ConsentRecord) {
  try {
    listener(record);
  } catch (error) {
    if (typeof globalThis.reportError === 'function') reportError(error);
    else console.error(error);
  }
}

/** Opens the privacy preferences (the notice, on a site without optional categories). */
export const openPreferences = (): void => ui?.openPreferences();

/** Shows the first layer of the banner again. */
export const openBanner = (): void => ui?.openBanner();

/** For the consent controller: the choices now in force. */
export function publishConsent(record: ConsentRecord | undefined, choices: Readonly<Record<string, boolean>>): void {
  current = { record, choices };
  if (record) listeners.forEach((listener) => call(listener, record));
}

/** For the consent controller: the banner that opens on request; returns the function that lets go of it. */
export function registerConsentUi(banner: ConsentUi): () => void {
  ui = banner;
  return () => {
    if (ui === banner) ui = undefined;
  };
}
