import type { ConsentRecord } from './record.js';

/** What the endpoint post needs from the browser; injectable for tests. */
export interface BeaconSource {
  sendBeacon?(url: string, data: Blob): boolean;
}

/**
 * Sends a record to the proof-of-consent endpoint as JSON: on the page's own origin with
 * `navigator.sendBeacon` (survives the page unloading), else `fetch` with `keepalive`. An endpoint
 * on another origin always gets `fetch`, without cookies: a beacon would send the visitor's cookies
 * for that host, and one a CORS check refuses is lost while `sendBeacon` still says it was queued.
 * Failures are swallowed: proof is the site's concern, never a reason to break the page.
 */
export function postRecord(
  url: string,
  record: ConsentRecord,
  beacon: BeaconSource | undefined,
  send: typeof fetch | undefined,
  page = globalThis.location,
): void {
  const body = JSON.stringify(record);
  let sameOrigin = false;
  try {
    sameOrigin = new URL(url, page.href).origin === page.origin;
    if (sameOrigin && beacon?.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // A beacon refused or a URL unreadable: fetch says what it can.
  }
  send?.(url, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: sameOrigin ? 'same-origin' : 'omit',
    headers: { 'content-type': 'application/json' },
  }).catch(() => {});
}
