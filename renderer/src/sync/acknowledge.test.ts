import { describe, expect, it } from 'vitest';
import type { OperationResult, Problem } from '@shared/api/contract.ts';
import { execute } from '@renderer/store/commands.ts';
import { freshDb, ids, seed } from '@renderer/store/test-fixtures.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { applyBatchResults } from './acknowledge.ts';
import { heldRecordKeys } from './conflict-records.ts';
import { recordKey } from './records.ts';

const NOW = '2026-03-01T10:00:00.000Z';

async function synced(db: SlotboardDb): Promise<void> {
  await seed(db);
  await db.bookings.update(ids.booking, { version: 3 });
}

async function edit(db: SlotboardDb, patch: Record<string, unknown>) {
  const result = await execute(db, { type: 'update', entity: 'bookings', id: ids.booking, patch });
  expect(result.ok).toBe(true);
}

const stored = (version: number, fields: Record<string, unknown> = {}) => {
  return { id: ids.booking, version, updatedAt: '2026-03-01T09:59:59.000Z', ...fields };
};

function problem(code: Problem['code'], status: number, extra: Partial<Problem> = {}): Problem {
  return { type: `https://slotboard.app/problems/${code}`, title: code, status, code, ...extra };
}

describe('applyBatchResults', () => {
  it('on success deletes the entry, takes the server version and rebases the record’s pending entries', async () => {
    const db = freshDb('ack');
    await synced(db);
    await edit(db, { notes: 'first' });
    const [sent] = await db.outbox.toArray();
    await edit(db, { notes: 'second', discountPct: 5 }); // made while the first was in flight
    const local = (await db.bookings.get(ids.booking))!;
    const results: OperationResult[] = [
      {
        key: sent!.mutationId,
        status: 200,
        record: { ...local, ...stored(4), notes: 'first', discountPct: 0, rateCents: 49_000 },
      },
    ];

    const outcome = await applyBatchResults(db, [sent!], results, NOW);

    expect(outcome).toMatchObject({ accepted: 1, conflicts: [], retry: [] });
    const pending = await db.outbox.toArray();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ baseVersion: 4, patch: { notes: 'second', discountPct: 5 } });
    // The server's values, but not over the fields the user changed since.
    expect(await db.bookings.get(ids.booking)).toMatchObject({
      version: 4,
      updatedAt: '2026-03-01T09:59:59.000Z',
      notes: 'second',
      discountPct: 5,
      rateCents: 49_000,
    });
  });

  it('on a refusal moves the entry into a conflict and keeps the user’s edit', async () => {
    const db = freshDb('ack');
    await synced(db);
    await edit(db, { status: 'confirmed', optionExpiresOn: null });
    const [sent] = await db.outbox.toArray();
    const overbooked = problem('overbooked', 409, {
      overbooked: { placementId: ids.placement, days: [{ day: '2026-04-02', excess: 1 }] },
    });

    const outcome = await applyBatchResults(
      db,
      [sent!],
      [{ key: sent!.mutationId, status: 409, problem: overbooked }],
      NOW,
    );

    expect(outcome.conflicts).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.bookings.get(ids.booking)).toMatchObject({ status: 'confirmed', version: 3 });
    const [conflict] = await db.conflicts.toArray();
    expect(conflict).toMatchObject({
      entity: 'bookings',
      entityId: ids.booking,
      status: 'open',
      mutation: { mutationId: sent!.mutationId, patch: { status: 'confirmed' } },
      problem: { code: 'overbooked' },
      server: null,
      createdAt: NOW,
    });
    expect(await heldRecordKeys(db)).toEqual(new Set([recordKey('bookings', ids.booking)]));
  });

  it('keeps the server’s copy from a 412 and leaves temporarily failed entries in the outbox', async () => {
    const db = freshDb('ack');
    await synced(db);
    await edit(db, { notes: 'mine' });
    const campaign = await execute(db, {
      type: 'update',
      entity: 'campaigns',
      id: ids.campaign,
      patch: { notes: 'x' },
    });
    expect(campaign.ok).toBe(true);
    const [bookingEntry, campaignEntry] = await db.outbox.toArray();
    const current = stored(5, { notes: 'theirs' });
    const results: OperationResult[] = [
      { key: bookingEntry!.mutationId, status: 412, problem: problem('version_conflict', 412, { current }) },
      { key: campaignEntry!.mutationId, status: 503, problem: problem('internal', 503) },
    ];

    const outcome = await applyBatchResults(db, [bookingEntry!, campaignEntry!], results, NOW);

    expect(outcome.retry).toHaveLength(1);
    expect((await db.outbox.toArray()).map((e) => e.entity)).toEqual(['campaigns']);
    expect((await db.conflicts.toArray())[0]).toMatchObject({
      problem: { code: 'version_conflict' },
      server: current,
    });
  });

  it('takes a record’s last version when several of its entries were accepted, and leaves one not tried', async () => {
    const db = freshDb('ack');
    await synced(db);
    for (const notes of ['one', 'two', 'three']) await edit(db, { notes });
    const [first, second, third] = await db.outbox.toArray();
    const results: OperationResult[] = [
      { key: first!.mutationId, status: 200, record: { ...stored(4), notes: 'one' } },
      { key: second!.mutationId, status: 200, record: { ...stored(5), notes: 'two' } },
      {
        key: third!.mutationId,
        status: 424,
        problem: problem('dependency_failed', 424, { failedKey: second!.mutationId }),
      },
    ];

    const outcome = await applyBatchResults(db, [first!, second!, third!], results, NOW);

    expect(outcome).toMatchObject({ accepted: 2, conflicts: [], retry: [] });
    const pending = await db.outbox.toArray();
    expect(pending.map((e) => e.mutationId)).toEqual([third!.mutationId]);
    expect(pending[0]).toMatchObject({ baseVersion: 5 });
    expect(await db.bookings.get(ids.booking)).toMatchObject({ version: 5, notes: 'three' });
  });
});
