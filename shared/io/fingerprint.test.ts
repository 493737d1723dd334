import { describe, expect, it } from 'vitest';
import { buildInsertionOrder } from './build.ts';
import { canonicalJson, ioDifferences, ioFingerprint } from './fingerprint.ts';
import { advertiser, bookings, input, settings } from './test-fixtures.ts';
import type { IoDocument } from './types.ts';

/** The same value with every object's keys written in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => reversedKeys(item)) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .reverse()
      .map(([key, item]) => [key, reversedKeys(item)]),
  ) as T;
}

const doc = buildInsertionOrder(input());
const fp = ioFingerprint(doc);

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"x":2,"y":1}]},"b":1}',
    );
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('ioFingerprint', () => {
  it('is a versioned SHA-256', () => {
    expect(fp).toMatch(/^io1:[0-9a-f]{64}$/);
  });

  it('is the same for the same data written in another key order', () => {
    const shuffled = reversedKeys(doc);
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(doc));
    expect(ioFingerprint(shuffled)).toBe(fp);
    // And for the same data built from bookings given in another order.
    expect(ioFingerprint(buildInsertionOrder(input({ bookings: Object.values(bookings).reverse() })))).toBe(
      fp,
    );
  });

  it('ignores what differs between revisions or printings of the same contract', () => {
    const reprinted: IoDocument = {
      ...doc,
      number: 'IO-2027-0099',
      revision: 7,
      issuedOn: '2027-01-02',
      locale: 'en',
      lines: [...doc.lines].reverse().map((line) => ({ ...line, change: 'unchanged' as const })),
      removedLines: [{ ...doc.lines[0]!, bookingId: 'gone' }],
      publisher: { ...doc.publisher, logoDataUrl: 'data:image/png;base64,AAAA' },
    };
    expect(ioFingerprint(reprinted)).toBe(fp);
    expect(ioDifferences(doc, reprinted)).toEqual([]);
  });

  it('changes when a booking’s dates change', () => {
    const moved = buildInsertionOrder(
      input({
        bookings: [
          ...Object.values(bookings).filter((b) => b.id !== 'b-A'),
          { ...bookings.A, startDate: '2026-04-07' },
        ],
      }),
    );
    expect(ioFingerprint(moved)).not.toBe(fp);
    expect(ioDifferences(doc, moved)).toEqual(['lines', 'totals']);
  });

  it('changes with anything else contractual, and says which part', () => {
    const cases: [IoDocument, string[]][] = [
      [
        { ...doc, lines: doc.lines.map((l, i) => (i === 0 ? { ...l, status: 'option' as const } : l)) },
        ['lines'],
      ],
      [buildInsertionOrder(input({ advertisers: [{ ...advertiser, address: 'Ailleurs' }] })), ['parties']],
      [buildInsertionOrder(input({ settings: { ...settings, defaultVatPct: 5.5 } })), ['totals']],
      [
        buildInsertionOrder(
          input({ settings: { ...settings, io: { ...settings.io, paymentTerms: 'Net 45' } } }),
        ),
        ['terms'],
      ],
      [{ ...doc, campaign: { ...doc.campaign, name: 'Été 2026' } }, ['campaign']],
      [{ ...doc, currency: 'CHF' }, ['totals']],
    ];
    for (const [changed, parts] of cases) {
      expect(ioFingerprint(changed), parts.join()).not.toBe(fp);
      expect(ioDifferences(doc, changed)).toEqual(parts);
    }
  });
});
