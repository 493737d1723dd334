/**
 * How long to wait before retrying after failures: exponential backoff with FULL jitter
 * (sleep = random(0, min(cap, base · 2^n))), so laptops that lost the server together do not
 * come back together; never sooner than the server's Retry-After.
 */
export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, capMs: 5 * 60_000 };

/** The upper bound of the wait after the `attempt`-th failure in a row (0-based). */
export function backoffCeiling(attempt: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  // 2^attempt overflows to Infinity for huge attempts; min() then gives the cap, as wanted.
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
}

/** A wait in [0, ceiling), drawn with `random` (Math.random in the app, a fixed value in tests). */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  retryAfterMs = 0,
): number {
  const jittered = Math.floor(random() * backoffCeiling(attempt, policy));
  return Math.max(jittered, retryAfterMs);
}
