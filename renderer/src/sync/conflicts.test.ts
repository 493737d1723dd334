import { describe, expect, it } from 'vitest';
import type { Problem } from '@shared/api/contract.ts';
import { execute } from '@renderer/store/commands.ts';
import type { OutboxEntry } from '@renderer/store/command-types.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { freshDb, ids, seed } from '@renderer/store/test-fixtures.ts';
import {
  keepAsOption,
  reapplyMine,
  releaseEditedConflicts,
  startEditing,
  takeServerVersion,
} from './conflicts.ts';
import { replacementFor } from './resubmit.ts';

const NOW = '2026-03-01T10:00:00.000Z';
const overbooked: Problem = {
  type: 'https://slotboard.app/problems/overbooked',
  title: 'Overbooked',
  status: 409,
  code: 'overbooked',
  overbooked: { placementId: ids.placement, days: [{ day: '2026-04-02', excess: 1 }] },
};

/** A booking at server version 3 that the user confirmed, refused as overbooked. */
async function refusedConfirmation(
  db: SlotboardDb,
  server: Record<string, unknown> | null,
): Promise<ConflictRecord> {
  await seed(db);
  await db.bookings.update(ids.booking, { version: 3 });
  const serverCopy = server ?? null;
  const result = await execute(db, {
    type: 'update',
    entity: 'bookings',
    id: ids.booking,
    patch: { status: 'confirmed', optionExpiresOn: null },
  });
  expect(result.ok).toBe(true);
  const mutation = (await db.outbox.toArray())[0]!;
  await db.outbox.clear();
  const conflict: ConflictRecord = {
    id: 'conflict-1',
    entity: 'bookings',
    entityId: ids.booking,
    status: 'open',
    mutation,
    problem: overbooked,
    server: serverCopy,
    createdAt: NOW,
  };
  await db.conflicts.add(conflict);
  return conflict;
}

const serverBooking = async (db: SlotboardDb, version: number) => ({
  ...(await db.bookings.get(ids.booking))!,
  status: 'option',
  optionExpiresOn: '2026-03-20',
  notes: 'server note',
  version,
  updatedAt: '2026-03-01T09:00:00.000Z',
});

describe('conflict resolution', () => {
  it('takes the server’s version: the local record becomes the server’s copy, held edits dropped', async () => {
    const db = freshDb('conflicts');
    await refusedConfirmation(db, null);
    await db.conflicts.update('conflict-1', { server: await serverBooking(db, 4) });
    await execute(db, { type: 'update', entity: 'bookings', id: ids.booking, patch: { notes: 'held edit' } });

    expect(await takeServerVersion(db, 'conflict-1', NOW)).toEqual({ ok: true });

    expect(await db.bookings.get(ids.booking)).toMatchObject({
      status: 'option',
      notes: 'server note',
      version: 4,
    });
    expect(await db.outbox.count()).toBe(0);
    expect(await db.conflicts.get('conflict-1')).toMatchObject({
      status: 'resolved',
      resolution: 'server',
      resolvedAt: NOW,
    });
  });

  it('re-applies mine as one update of what differs, on the server’s version', async () => {
    const db = freshDb('conflicts');
    await refusedConfirmation(db, null);
    await db.conflicts.update('conflict-1', { server: await serverBooking(db, 5) });
    await execute(db, { type: 'update', entity: 'bookings', id: ids.booking, patch: { discountPct: 10 } });

    expect(await reapplyMine(db, 'conflict-1', NOW)).toEqual({ ok: true });

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      op: 'update',
      baseVersion: 5,
      patch: { status: 'confirmed', optionExpiresOn: null, discountPct: 10, notes: '' },
    });
    expect(await db.bookings.get(ids.booking)).toMatchObject({ version: 5, status: 'confirmed' });
    expect(await db.conflicts.get('conflict-1')).toMatchObject({ status: 'resubmitted', resolution: 'mine' });
  });

  it('keeps an overbooked confirmation as an option through the command path', async () => {
    const db = freshDb('conflicts');
    await refusedConfirmation(db, null);

    expect(await keepAsOption(db, 'conflict-1', '2026-03-25', NOW)).toEqual({ ok: true });

    expect(await db.bookings.get(ids.booking)).toMatchObject({
      status: 'option',
      optionExpiresOn: '2026-03-25',
    });
    // Server copy unknown: the fields of the refused mutation, on its base version.
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        op: 'update',
        baseVersion: 3,
        patch: { status: 'option', optionExpiresOn: '2026-03-25' },
      }),
    ]);
    expect(await db.conflicts.get('conflict-1')).toMatchObject({
      status: 'resubmitted',
      resolution: 'option',
    });
  });

  it('refuses an option expiry the booking rules refuse, changing nothing', async () => {
    const db = freshDb('conflicts');
    await refusedConfirmation(db, null);
    const result = await keepAsOption(db, 'conflict-1', '2026-05-01', NOW);
    expect(result).toMatchObject({ ok: false, reason: 'invalid', issues: [{ code: 'expiry_after_start' }] });
    expect(await db.conflicts.get('conflict-1')).toMatchObject({ status: 'open' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('edit: holds the record until the user saves an edit, then sends it', async () => {
    const db = freshDb('conflicts');
    await refusedConfirmation(db, null);
    expect(await startEditing(db, 'conflict-1')).toEqual({ ok: true });
    expect(await releaseEditedConflicts(db, NOW)).toBe(0);

    await execute(db, {
      type: 'update',
      entity: 'bookings',
      id: ids.booking,
      patch: { endDate: '2026-04-10' },
    });
    expect(await releaseEditedConflicts(db, NOW)).toBe(1);

    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        op: 'update',
        baseVersion: 3,
        patch: { status: 'confirmed', optionExpiresOn: null, endDate: '2026-04-10' },
      }),
    ]);
    expect(await db.conflicts.get('conflict-1')).toMatchObject({
      status: 'resubmitted',
      resolution: 'edited',
    });
  });
});

describe('replacementFor', () => {
  const base = {
    id: 'c',
    entity: 'bookings',
    entityId: 'b',
    status: 'open',
    problem: overbooked,
    createdAt: NOW,
  } as const;
  const mutation = (op: OutboxEntry['op']): OutboxEntry => ({
    mutationId: 'm',
    entity: 'bookings',
    entityId: 'b',
    op,
    patch: op === 'create' ? { id: 'b', notes: 'x' } : {},
    baseVersion: op === 'create' ? 0 : 2,
    createdAt: NOW,
  });
  const local = { id: 'b', notes: 'x', version: 2 };

  it('re-creates a refused creation, deletes what the user deleted, and cannot revive a server deletion', () => {
    expect(replacementFor({ ...base, mutation: mutation('create'), server: null }, local, [])).toEqual({
      kind: 'send',
      op: 'create',
      patch: local,
      baseVersion: 0,
    });
    const live = { id: 'b', notes: 'y', version: 6 };
    expect(
      replacementFor({ ...base, mutation: mutation('delete'), server: live }, undefined, []),
    ).toMatchObject({
      op: 'delete',
      baseVersion: 6,
    });
    const tombstone = { id: 'b', version: 7, deleted: true };
    expect(replacementFor({ ...base, mutation: mutation('update'), server: tombstone }, local, [])).toEqual({
      kind: 'impossible',
    });
    expect(
      replacementFor({ ...base, mutation: mutation('update'), server: { ...live, notes: 'x' } }, local, []),
    ).toEqual({
      kind: 'nothing',
    });
  });
});
