import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { freshDb } from '@renderer/store/test-fixtures.ts';
import { loadDemoData } from './load-demo.ts';

let db: SlotboardDb;
beforeEach(() => {
  db = freshDb('demo');
});
afterEach(() => db.close());

describe('loadDemoData', () => {
  it('loads the demo with its outbox entries and releases the options already expired', async () => {
    let started = 0;
    const outcome = await loadDemoData(db, {
      size: 'demo',
      today: '2026-06-01',
      onImportStart: () => void started++,
    });
    expect(started).toBe(1);
    expect(outcome).toMatchObject({ kind: 'loaded', placements: 80, bookings: 400 });
    expect(outcome.kind === 'loaded' && outcome.released).toBeGreaterThan(0);
    expect(await db.bookings.count()).toBe(400);
    expect(await db.outbox.count()).toBeGreaterThanOrEqual(400);
  });

  it('refuses a second demo set, small or large, and writes nothing', async () => {
    await loadDemoData(db, { size: 'demo', today: '2026-06-01' });
    const outbox = await db.outbox.count();
    expect(await loadDemoData(db, { size: 'demo', today: '2026-06-01' })).toEqual({ kind: 'alreadyLoaded' });
    // Another day gives other bookings, but the same inventory ids: still refused.
    const onImportStart = () => {
      throw new Error('not before a refusal');
    };
    expect(await loadDemoData(db, { size: 'large', today: '2026-07-15', onImportStart })).toEqual({
      kind: 'alreadyLoaded',
    });
    expect(await db.placements.count()).toBe(80);
    expect(await db.bookings.count()).toBe(400);
    expect(await db.outbox.count()).toBe(outbox);
  });
});
