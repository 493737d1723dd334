/**
 * A small seeded pseudo-random generator for demo and benchmark data: the same seed always gives
 * the same sequence, on every machine, so generated data sets (and their ids) are reproducible.
 * Not for anything security-related.
 */

/** A source of uniform floats in [0, 1). */
export type RandomSource = () => number;

/** mulberry32: 32-bit state, fast, good enough statistical quality for fake data. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes any number (negative, fractional, large) into a 32-bit seed; close seeds give unrelated streams. */
export function hashSeed(seed: number, salt = 0): number {
  let h = (Math.trunc(seed) ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A value and its relative weight, for `Random.weighted`. */
export type Weighted<T> = readonly [value: T, weight: number];

/** Seeded random helpers. Every method draws from the one underlying stream. */
export class Random {
  readonly next: RandomSource;

  constructor(seed: number) {
    this.next = mulberry32(hashSeed(seed));
  }

  /** An unsigned 32-bit integer. */
  uint32(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    const lo = Math.ceil(Math.min(min, max));
    const hi = Math.floor(Math.max(min, max));
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p` (0–1). */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick: empty array');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value, with probability proportional to its weight (weights ≥ 0, at least one > 0). */
  weighted<T>(entries: readonly Weighted<T>[]): T {
    let total = 0;
    for (const [, weight] of entries) total += Math.max(0, weight);
    if (!(total > 0)) throw new RangeError('weighted: no positive weight');
    let target = this.next() * total;
    let last: T | undefined;
    for (const [value, weight] of entries) {
      if (weight <= 0) continue;
      last = value;
      target -= weight;
      if (target < 0) return value;
    }
    return last as T;
  }

  /** A shuffled copy (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** `count` distinct elements (fewer if the array is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, count));
  }
}

export function createRandom(seed: number): Random {
  return new Random(seed);
}

/** 2024-01-01T00:00:00Z: the fixed base of the timestamp part of generated ids. */
export const DEFAULT_ID_BASE_MS = Date.UTC(2024, 0, 1);

export interface IdMakerOptions {
  /** Timestamp of the first id, in ms since the epoch. Default `DEFAULT_ID_BASE_MS`. */
  baseMs?: number;
  /** Milliseconds added per id. Default 1, so ids sort in creation order. */
  stepMs?: number;
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0');
}

/**
 * A maker of UUIDv7-shaped ids (`xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx`, RFC 9562 layout) drawn from
 * `random`: the 48-bit timestamp is `baseMs + counter × stepMs`, the rest comes from the stream.
 * The same seed therefore always gives the same ids, and they sort in the order they were made.
 */
export function createIdMaker(random: Random, options: IdMakerOptions = {}): () => string {
  const baseMs = options.baseMs ?? DEFAULT_ID_BASE_MS;
  const stepMs = options.stepMs ?? 1;
  let counter = 0;
  return () => {
    const ms = baseMs + counter * stepMs;
    counter += 1;
    const time = hex(ms, 12);
    const randA = random.uint32() & 0xfff;
    const randB = random.uint32();
    const variant = 0x8000 | (randB & 0x3fff);
    const tail = hex(random.uint32() & 0xffff, 4) + hex(random.uint32(), 8);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(randA, 3)}-${hex(variant, 4)}-${tail}`;
  };
}

/** The shape `createIdMaker` produces (and that any UUIDv7 has). */
export const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
