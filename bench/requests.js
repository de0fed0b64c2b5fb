// What a page requested on its way to a visible banner, from Resource Timing.
import { median } from './compare.js';

/**
 * The critical path to a moment: every request the page started before `beforeMs` (ms from
 * navigation start), in the order they started, with their count and bytes. `requests` are
 * `{ path, startMs, body, wire }` (body: the encoded body, as served; wire: with the response
 * headers), the page's own document included. Null when the moment never came.
 */
export function criticalPath(requests, beforeMs) {
  if (typeof beforeMs !== 'number' || !Number.isFinite(beforeMs)) return null;
  const files = requests
    .filter((r) => r.startMs < beforeMs)
    .sort((a, b) => a.startMs - b.startMs)
    .map(({ path, body, wire }) => ({ path, body: body ?? 0, wire: wire ?? 0 }));
  return {
    requests: files.length,
    files,
    bodyBytes: files.reduce((sum, r) => sum + r.body, 0),
    wireBytes: files.reduce((sum, r) => sum + r.wire, 0),
  };
}

/**
 * The critical path most loads of a page shared (the same requests in the same order): its files
 * with the median bytes of each over those loads, their totals, and in how many loads it was seen.
 * `samples` carry `critical` from criticalPath. Null when no load had one.
 */
export function commonCriticalPath(samples) {
  const groups = new Map();
  for (const s of samples) {
    if (!s.critical) continue;
    const key = s.critical.files.map((f) => f.path).join('\n');
    groups.set(key, [...(groups.get(key) ?? []), s.critical]);
  }
  // The most frequent; on a tie, the one seen first.
  const loads = [...groups.values()].reduce((best, g) => (g.length > (best?.length ?? 0) ? g : best), null);
  if (!loads) return null;
  const files = loads[0].files.map((f, i) => ({
    path: f.path,
    body: median(loads.map((c) => c.files[i].body)),
    wire: median(loads.map((c) => c.files[i].wire)),
  }));
  return {
    loads: loads.length,
    files,
    bodyBytes: files.reduce((sum, f) => sum + f.body, 0),
    wireBytes: files.reduce((sum, f) => sum + f.wire, 0),
  };
}
