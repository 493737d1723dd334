import { describe, expect, it } from 'vitest';
import { DEFAULT_ID_BASE_MS, Random, UUID_V7_PATTERN, createIdMaker, createRandom } from './random.ts';

describe('Random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    for (const v of seqA) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('int covers both bounds and nothing outside', () => {
    const rng = new Random(1);
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(rng.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(rng.int(5, 5)).toBe(5);
  });

  it('pick, chance, weighted, shuffle and sample behave', () => {
    const rng = new Random(2);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(['a', 'b']).toContain(rng.pick(['a', 'b']));
    expect(rng.chance(0)).toBe(false);
    expect(rng.chance(1)).toBe(true);

    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);

    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = rng.shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual(items);
    expect(new Set(rng.sample(items, 3)).size).toBe(3);
    expect(rng.sample(items, 20)).toHaveLength(8);
  });
});

describe('createIdMaker', () => {
  it('makes UUIDv7-shaped ids, reproducible, unique and in creation order', () => {
    const make = createIdMaker(new Random(9));
    const again = createIdMaker(new Random(9));
    const ids = Array.from({ length: 1_000 }, () => make());
    expect(Array.from({ length: 1_000 }, () => again())).toEqual(ids);
    for (const id of ids) expect(id).toMatch(UUID_V7_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    // The timestamp part is the fixed base plus the counter.
    const first = ids[0] as string;
    expect(parseInt(first.slice(0, 8) + first.slice(9, 13), 16)).toBe(DEFAULT_ID_BASE_MS);
    const last = ids[999] as string;
    expect(parseInt(last.slice(0, 8) + last.slice(9, 13), 16)).toBe(DEFAULT_ID_BASE_MS + 999);
  });

  it('takes another base and step', () => {
    const make = createIdMaker(new Random(1), { baseMs: Date.UTC(2030, 0, 1), stepMs: 1_000 });
    make();
    const second = make();
    expect(parseInt(second.slice(0, 8) + second.slice(9, 13), 16)).toBe(Date.UTC(2030, 0, 1) + 1_000);
  });
});
