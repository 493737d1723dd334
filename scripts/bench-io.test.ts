import { describe, expect, it } from 'vitest';
import { parseArgs } from './bench-io.ts';
import { sampleInsertionOrder } from './io-sample.ts';

describe('bench:io', () => {
  it('reads its options, and refuses what it does not know', () => {
    expect(parseArgs([])).toMatchObject({ bookings: 200, runs: 5, locale: 'fr', revision: 1, out: null });
    expect(
      parseArgs(['--bookings', '50', '--runs=3', '--locale', 'en', '--revision', '2', '--out', 'x.pdf']),
    ).toMatchObject({
      bookings: 50,
      runs: 3,
      locale: 'en',
      revision: 2,
      out: 'x.pdf',
    });
    expect(() => parseArgs(['--bookings', '0'])).toThrow(/positive integer/);
    expect(() => parseArgs(['--locale', 'de'])).toThrow(/Usage/);
    expect(() => parseArgs(['200'])).toThrow(/Unexpected argument/);
  });

  it('builds the sample insertion order with the shared builder: 200 lines, and a second revision with its changes', () => {
    const first = sampleInsertionOrder({ bookings: 200, today: '2026-03-15', locale: 'fr' });
    expect(first.lines).toHaveLength(200);
    expect(first.agency).not.toBeNull();
    expect(first.totals.totalCents).toBeGreaterThan(0);
    expect(first.publisher.logoDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);

    const second = sampleInsertionOrder({ bookings: 200, today: '2026-03-15', locale: 'en', revision: 2 });
    expect(second.revision).toBe(2);
    expect(second.lines.filter((line) => line.change === 'changed')).toHaveLength(1);
    expect(second.lines.filter((line) => line.change === 'added')).toHaveLength(1);
    expect(second.removedLines).toHaveLength(1);
  });
});
