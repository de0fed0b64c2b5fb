import type { ConsentRecord } from './record.js';

/** What the endpoint post needs from the browser; injectable for tests. */
export interface BeaconSource {
  sendBeacon?(url: string, data: Blob): boolean;
}

/**
 * Sends a record to the proof-of-consent endpoint as JSON: with
 * `navigator.sendBeacon` (survives the page unloading), else `fetch` with
 * `keepalive`. Failures are swallowed: proof is the site's concern, never a
 * reason to break the page.
 */
export function postRecord(url: string, record: ConsentRecord, beacon: BeaconSource | undefined, send: typeof fetch | undefined): void {
  const body = JSON.stringify(record);
  try {
    if (beacon?.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // Some browsers refuse a JSON beacon to another origin; fall back to fetch.
  }
  send?.(url, { method: 'POST', body, keepalive: true, credentials: 'same-origin', headers: { 'content-type': 'application/json' } }).catch(() => {});
}
