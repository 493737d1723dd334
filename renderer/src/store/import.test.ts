import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlotboardDb } from './db.ts';
import { describeImportIssue, importRecords } from './import.ts';
import {
  advertiserValue,
  bookingValue,
  campaignValue,
  freshDb,
  placementValue,
  sectionValue,
  siteValue,
  agencyValue,
} from './test-fixtures.ts';

let db: SlotboardDb;
beforeEach(() => {
  db = freshDb('import');
});
afterEach(() => db.close());

function dataset(bookingCount: number) {
  return {
    sites: [siteValue],
    sections: [sectionValue],
    placements: [placementValue],
    advertisers: [advertiserValue],
    agencies: [agencyValue],
    campaigns: [campaignValue],
    bookings: Array.from({ length: bookingCount }, (_, i) => ({ ...bookingValue, id: `b-${i}` })),
  };
}

describe('importRecords', () => {
  it('writes every record, in chunks, with one outbox entry each, parents first', async () => {
    const result = await importRecords(db, dataset(2_500));
    expect(result).toEqual({
      ok: true,
      counts: {
        sites: 1,
        sections: 1,
        placements: 1,
        advertisers: 1,
        agencies: 1,
        campaigns: 1,
        bookings: 2_500,
      },
      outboxEntries: 2_506,
    });
    expect(await db.bookings.count()).toBe(2_500);
    expect(await db.outbox.count()).toBe(2_506);
    const first = await db.outbox.orderBy('seq').first();
    expect(first).toMatchObject({ entity: 'sites', op: 'create', baseVersion: 0, entityId: siteValue.id });
    // Defaults are filled in on the way in.
    expect(await db.bookings.get('b-42')).toMatchObject({ discountPct: 0, notes: '', version: 0 });
  });

  it('rejects the whole import when one record is malformed, naming it, and writes nothing', async () => {
    const data = dataset(20);
    data.bookings[11] = { ...bookingValue, id: 'b-11', endDate: 'soon' };
    const result = await importRecords(db, data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        {
          path: 'bookings.11.endDate',
          code: 'invalid_date',
          params: { entity: 'bookings', record: 12, field: 'endDate' },
        },
      ]);
      expect(result.issues.map(describeImportIssue)).toEqual(['record 12 of bookings: endDate invalid_date']);
    }
    expect(await db.sites.count()).toBe(0);
    expect(await db.bookings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('rejects duplicate ids, and ids already in the store, writing nothing', async () => {
    const duplicated = dataset(3);
    duplicated.bookings.push({ ...bookingValue, id: 'b-1' });
    const dup = await importRecords(db, duplicated);
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.issues.map(describeImportIssue)).toEqual(['record 4 of bookings: id invalid']);

    expect((await importRecords(db, { sites: [siteValue] })).ok).toBe(true);
    const again = await importRecords(db, dataset(3), { chunkSize: 2 });
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.issues[0]).toMatchObject({ path: 'sites.0.id', params: { reason: 'already_stored' } });
    expect(await db.sites.count()).toBe(1);
    expect(await db.bookings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });

  it('caps the issues it reports on a badly broken file', async () => {
    const result = await importRecords(
      db,
      { sites: Array.from({ length: 500 }, () => ({ name: '' })) },
      { maxIssues: 10 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(11);
      expect(result.issues.at(-1)).toMatchObject({
        code: 'invalid',
        params: { reason: 'more_issues', count: 490 },
      });
    }
  });
});
