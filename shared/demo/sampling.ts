/** Seeded sampling helpers of the demo generator: weighted draws, spreading counts, unique names. */
import type { Random } from './random.ts';

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Lower-case ASCII words joined by hyphens: `Maison & Saveurs` → `maison-saveurs`. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Binary search of a cumulative weight array: the first index whose cumulative weight exceeds `target`. */
function searchCumulative(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    out[i] = total;
  });
  return out;
}

export function drawCumulative(rng: Random, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  return searchCumulative(cumulative, rng.next() * total);
}

/** `count` distinct items, each draw proportional to its weight among those left. */
export function weightedSample<T>(
  rng: Random,
  items: readonly T[],
  weight: (item: T) => number,
  count: number,
): T[] {
  const pool = items.map((item) => [item, weight(item)] as const);
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const chosen = rng.weighted(pool.map((entry, i) => [i, entry[1] > 0 ? entry[1] : 1e-9] as const));
    const entry = pool[chosen];
    if (!entry) break;
    out.push(entry[0]);
    pool.splice(chosen, 1);
  }
  return out;
}

/**
 * Spreads `total` units over `weights.length` buckets: each gets `min` first (never more than its cap),
 * the rest in proportion to the weights, the remainder drawn at random. Linear in the bucket count.
 */
export function distribute(
  rng: Random,
  total: number,
  weights: readonly number[],
  caps: readonly number[],
  min = 1,
): number[] {
  const capOf = (i: number) => caps[i] ?? Infinity;
  const counts = weights.map((_, i) => Math.min(min, capOf(i)));
  let left = total - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const open: number[] = [];
    counts.forEach((count, i) => {
      if (count < capOf(i)) open.push(i);
    });
    if (open.length === 0) break;
    const openWeights = open.map((i) => Math.max(1e-9, weights[i] ?? 1));
    const totalWeight = openWeights.reduce((a, b) => a + b, 0);
    const budget = left;
    open.forEach((i, k) => {
      const add = Math.min(
        Math.floor((budget * (openWeights[k] as number)) / totalWeight),
        capOf(i) - (counts[i] as number),
      );
      counts[i] = (counts[i] as number) + add;
      left -= add;
    });
    // The remainder one unit at a time, until done or a bucket fills up (then the open set is rebuilt).
    const cumulative = cumulativeOf(openWeights);
    while (left > 0) {
      const i = open[drawCumulative(rng, cumulative)] as number;
      if ((counts[i] as number) >= capOf(i)) break;
      counts[i] = (counts[i] as number) + 1;
      left -= 1;
    }
  }
  return counts;
}

export function uniqueName(used: Set<string>, make: () => string): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = make();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const base = make();
  let n = 2;
  while (used.has(`${base} ${n}`)) n++;
  used.add(`${base} ${n}`);
  return `${base} ${n}`;
}
