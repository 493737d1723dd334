import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_OUT, localToday, parseArgs, run } from './generate-large-dataset.ts';

describe('generate-large-dataset', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('parses its flags, with defaults', () => {
    const now = new Date(2026, 2, 10, 23, 30);
    expect(parseArgs([], now)).toEqual({ out: DEFAULT_OUT, seed: 42, today: '2026-03-10', size: 'large' });
    expect(
      parseArgs(['--out', 'x.json', '--seed=7', '--today', '2025-01-31', '--size', 'demo'], now),
    ).toEqual({
      out: 'x.json',
      seed: 7,
      today: '2025-01-31',
      size: 'demo',
    });
    expect(localToday(now)).toBe('2026-03-10');
    expect(() => parseArgs(['--out'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--seed', 'abc'])).toThrow(/integer/);
    expect(() => parseArgs(['--today', '10/03/2026'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseArgs(['--size', 'huge'])).toThrow(/large or demo/);
    expect(() => parseArgs(['--frobnicate', '1'])).toThrow(/Unknown option/);
    expect(() => parseArgs(['stray'])).toThrow(/Unexpected argument/);
  });

  it('writes the data set as JSON, creating the folder, and reports counts and timings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slotboard-demo-'));
    dirs.push(dir);
    const summary = run({ out: 'nested/demo.json', seed: 42, today: '2026-03-10', size: 'demo' }, dir);
    const written = JSON.parse(readFileSync(join(dir, 'nested/demo.json'), 'utf8')) as Record<
      string,
      unknown[]
    >;
    expect(summary.counts).toEqual({
      sites: 4,
      sections: 25,
      placements: 80,
      advertisers: 25,
      agencies: 5,
      campaigns: 60,
      bookings: 400,
    });
    expect(Object.fromEntries(Object.entries(written).map(([k, v]) => [k, v.length]))).toEqual(
      summary.counts,
    );
    expect(summary.bytes).toBeGreaterThan(10_000);
    expect(summary.generateMs).toBeGreaterThanOrEqual(0);
  });
});
