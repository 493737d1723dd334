import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay } from './backoff.ts';

const policy = { baseMs: 1000, capMs: 60_000 };

describe('backoff with full jitter', () => {
  it('doubles the ceiling per failure up to the cap', () => {
    expect([0, 1, 2, 3, 5, 6, 7, 50, 5000].map((n) => backoffCeiling(n, policy))).toEqual([
      1000, 2000, 4000, 8000, 32_000, 60_000, 60_000, 60_000, 60_000,
    ]);
  });

  it('draws uniformly between 0 and the ceiling', () => {
    expect(backoffDelay(3, () => 0, policy)).toBe(0);
    expect(backoffDelay(3, () => 0.5, policy)).toBe(4000);
    expect(backoffDelay(3, () => 0.999_999, policy)).toBe(7999);
    expect(backoffDelay(20, () => 0.5, policy)).toBe(30_000);
  });

  it('never retries sooner than Retry-After', () => {
    expect(backoffDelay(0, () => 0.5, policy, 120_000)).toBe(120_000);
    expect(backoffDelay(10, () => 0.9, policy, 1000)).toBe(54_000);
  });
});
