// Comparisons of the bench's samples. Loads on this machine vary by a hundred milliseconds and
// more from one to the next, but a round loads every page once, in a shuffled order, within a few
// seconds: two pages compared round by round share most of what the machine was doing. So the
// bench reports differences within rounds, and for the targets how many rounds met them.

/** The median of the finite numbers in `values`, or null when there are none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * `value(a) - value(b)` for each round that both sample lists have (samples carry `round`), with the
 * median of those differences and how many rounds `meets` a difference (by default: a is lower). A
 * round where either value is missing is left out.
 */
export function byRound(a, b, value, meets = (difference) => difference < 0) {
  const other = new Map(b.map((s) => [s.round, s]));
  const differences = [];
  for (const s of a) {
    const t = other.get(s.round);
    const [x, y] = t ? [value(s), value(t)] : [];
    if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x - y)) differences.push(x - y);
  }
  return { rounds: differences.length, met: differences.filter(meets).length, medianDifference: median(differences) };
}
