/**
 * A token bucket per bearer token: `burst` requests at once, refilled at `perSecond`. Disabled
 * unless configured, so tests and benchmarks are never throttled without asking.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** Seconds to wait before the next request, or 0 when it may go now. */
export type Limiter = (client: string) => number;

export function rateLimiter(
  limit: RateLimit | undefined,
  now: () => number = () => performance.now(),
): Limiter {
  if (!limit) return () => 0;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (client) => {
    const time = now();
    const bucket = buckets.get(client) ?? { tokens: limit.burst, at: time };
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((time - bucket.at) / 1000) * limit.perSecond);
    bucket.at = time;
    buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
  };
}
