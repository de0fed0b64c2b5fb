export interface RateLimit {
  /** Requests a client may make at once. */
  readonly burst: number;
  /** Requests a client regains per second. */
  readonly perSecond: number;
}

/**
 * Token buckets, one per client key. A full bucket is the same as none, so the map forgets it;
 * past `maxClients` it forgets the longest-unseen client, which keeps memory bounded under a flood
 * of addresses (that client then starts again with a full bucket).
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxClients = 50_000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes a token; returns 0 when there was one, else the seconds until there is. */
  take(client: string): number {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.limit.burst, at: now };
    this.buckets.delete(client); // re-inserted below: the map's order is then least recently seen first
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (bucket.tokens < this.limit.burst) this.buckets.set(client, bucket);
      this.forgetOldest();
      return 0;
    }
    this.buckets.set(client, bucket);
    this.forgetOldest();
    return Math.ceil((1 - bucket.tokens) / this.limit.perSecond);
  }

  private forgetOldest() {
    while (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
  }
}
