import { describe, expect, it } from 'vitest';
import type { Change, ChangesPage } from '@shared/api/contract.ts';
import { execute } from '@renderer/store/commands.ts';
import { bookingValue, freshDb, ids, seed } from '@renderer/store/test-fixtures.ts';
import { applyPage, isBehind, readCursor } from './pull.ts';

const SERVER = 'https://ads.example';

function change(seq: number, fields: Partial<Change> = {}): Change {
  return {
    seq,
    resource: 'bookings',
    id: ids.booking,
    version: 7,
    updatedAt: '2026-03-01T09:00:00.000Z',
    deleted: false,
    record: { ...bookingValue, notes: 'from the server' },
    ...fields,
  };
}
const page = (cursor: string, changes: Change[], hasMore = false): ChangesPage => ({
  changes,
  cursor,
  hasMore,
});

describe('applyPage', () => {
  it('stores remote records with the server’s version, without outbox or undo, and moves the cursor', async () => {
    const db = freshDb('pull');
    await seed(db);
    const result = await applyPage(db, page('12', [change(12)]), SERVER);
    expect(result).toEqual({ applied: 1, invalid: [] });
    expect(await db.bookings.get(ids.booking)).toMatchObject({ notes: 'from the server', version: 7 });
    expect(await db.outbox.count()).toBe(0);
    expect(await readCursor(db, SERVER)).toBe('12');
    expect(await readCursor(db, 'https://other.example')).toBeNull();
  });

  it('deletes on a tombstone', async () => {
    const db = freshDb('pull');
    await seed(db);
    await applyPage(db, page('3', [change(3, { deleted: true, record: null })]), SERVER);
    expect(await db.bookings.get(ids.booking)).toBeUndefined();
  });

  it('skips and reports an invalid record, never storing it', async () => {
    const db = freshDb('pull');
    await seed(db);
    const invalid = change(4, { record: { ...bookingValue, startDate: 'soon' } });
    const result = await applyPage(db, page('4', [invalid]), SERVER);
    expect(result.invalid).toEqual([
      { resource: 'bookings', id: ids.booking, issues: [{ path: 'startDate', code: 'invalid_date' }] },
    ]);
    expect(await db.bookings.get(ids.booking)).toMatchObject({ startDate: bookingValue.startDate });
    expect(await readCursor(db, SERVER)).toBe('4');
  });

  it('does not overwrite a record with pending edits', async () => {
    const db = freshDb('pull');
    await seed(db);
    const edited = await execute(db, {
      type: 'update',
      entity: 'bookings',
      id: ids.booking,
      patch: { notes: 'mine' },
    });
    expect(edited.ok).toBe(true);
    const result = await applyPage(db, page('5', [change(5)]), SERVER);
    expect(result.applied).toBe(0);
    expect(await db.bookings.get(ids.booking)).toMatchObject({ notes: 'mine' });
  });

  it('keeps a conflicted record as the user left it and stores the server’s newer copy on the conflict', async () => {
    const db = freshDb('pull');
    await seed(db);
    await db.conflicts.add({
      id: 'conflict-1',
      entity: 'bookings',
      entityId: ids.booking,
      status: 'open',
      mutation: {} as never,
      problem: { type: 't', title: 'x', status: 409, code: 'overbooked' },
      server: null,
      createdAt: '2026-03-01T08:00:00.000Z',
    });
    await applyPage(db, page('6', [change(6)]), SERVER);
    expect(await db.bookings.get(ids.booking)).toMatchObject({ notes: '' });
    expect((await db.conflicts.get('conflict-1'))?.server).toMatchObject({
      notes: 'from the server',
      version: 7,
    });
    await applyPage(db, page('7', [change(7, { version: 8, deleted: true, record: null })]), SERVER);
    expect((await db.conflicts.get('conflict-1'))?.server).toEqual({
      id: ids.booking,
      version: 8,
      updatedAt: '2026-03-01T09:00:00.000Z',
      deleted: true,
    });
  });

  it('never moves the cursor backwards', async () => {
    const db = freshDb('pull');
    await seed(db);
    await applyPage(db, page('20', []), SERVER);
    const stale = await applyPage(db, page('9', [change(9)]), SERVER);
    expect(stale.applied).toBe(0);
    expect(await readCursor(db, SERVER)).toBe('20');
    expect(isBehind('9', '20')).toBe(true);
    expect(isBehind('100', '20')).toBe(false);
  });
});
