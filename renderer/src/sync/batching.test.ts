import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '@renderer/store/command-types.ts';
import { commandGroups, planBatch, toOperation, toOperations } from './batching.ts';
import { recordKey } from './records.ts';

let seq = 0;
function entry(
  entityId: string,
  commandId: string | undefined,
  patch: Record<string, unknown> = {},
): OutboxEntry {
  seq += 1;
  return {
    seq,
    mutationId: `mutation-${seq}`,
    commandId,
    entity: 'bookings',
    entityId,
    op: 'update',
    patch,
    baseVersion: 3,
    createdAt: '2026-03-01T10:00:00.000Z',
  };
}
const ids = (entries: OutboxEntry[]) => entries.map((e) => e.mutationId);

describe('planBatch', () => {
  it("sends entries in seq order, a record's later edits with it", () => {
    const a1 = entry('a', 'c1');
    const b1 = entry('b', 'c2');
    const a2 = entry('a', 'c3');
    const c1 = entry('c', 'c4');
    expect(ids(planBatch([a1, b1, a2, c1], new Set()))).toEqual(ids([a1, b1, a2, c1]));
  });

  it('stops before a create of a record already in the batch (a delete undone)', () => {
    const deleted: OutboxEntry = { ...entry('a', 'c1'), op: 'delete' };
    const recreated: OutboxEntry = { ...entry('a', 'c2'), op: 'create' };
    const b = entry('b', 'c3');
    expect(ids(planBatch([deleted, recreated, b], new Set()))).toEqual(ids([deleted]));
  });

  it('keeps a command whole: a command that cannot go stops the batch there', () => {
    const a1 = entry('a', 'c1');
    const editsBTwice = [entry('b', 'c2'), entry('c', 'c2'), entry('b', 'c2')];
    const d = entry('d', 'c3');
    expect(ids(planBatch([a1, ...editsBTwice, d], new Set()))).toEqual(ids([a1]));
    const group = [entry('b', 'c4'), entry('a', 'c4')];
    expect(ids(planBatch([a1, ...group, d], new Set()))).toEqual(ids([a1, ...group, d]));
  });

  it('holds records with an open conflict, and every later command touching them', () => {
    const held = entry('a', 'c1');
    const withHeld = [entry('b', 'c2'), entry('a', 'c2')];
    const touchesB = entry('b', 'c3');
    const free = entry('z', 'c4');
    const plan = planBatch([held, ...withHeld, touchesB, free], new Set([recordKey('bookings', 'a')]));
    expect(ids(plan)).toEqual(ids([free]));
  });

  it('caps a batch at the maximum without splitting commands', () => {
    const first = [entry('a', 'c1'), entry('b', 'c1')];
    const second = [entry('c', 'c2'), entry('d', 'c2')];
    expect(ids(planBatch([...first, ...second], new Set(), 3))).toEqual(ids(first));
  });

  it('sends a command too big for one batch, or editing a record twice, in parts when first in line', () => {
    const big = [entry('a', 'c1'), entry('b', 'c1'), entry('c', 'c1')];
    expect(ids(planBatch(big, new Set(), 2))).toEqual(ids(big.slice(0, 2)));
    const twice = [entry('a', 'c2'), entry('b', 'c2'), entry('a', 'c2')];
    expect(ids(planBatch(twice, new Set()))).toEqual(ids(twice.slice(0, 2)));
  });

  it('groups consecutive entries of a command; entries without a command stand alone', () => {
    const groups = commandGroups([
      entry('a', undefined),
      entry('b', undefined),
      entry('c', 'x'),
      entry('d', 'x'),
    ]);
    expect(groups.map((g) => g.length)).toEqual([1, 1, 2]);
  });
});

describe('toOperation', () => {
  it('maps an update: key = mutation id, If-Match = base version, group = command id', () => {
    const e = entry('a', 'cmd', { startDate: '2026-04-02', version: 9 });
    expect(toOperation(e)).toEqual({
      key: e.mutationId,
      resource: 'bookings',
      id: 'a',
      op: 'update',
      ifMatch: 3,
      group: 'cmd',
      body: { startDate: '2026-04-02' },
    });
  });

  it('maps a create with its id and no server fields, and an insertion order to its resource', () => {
    const create: OutboxEntry = {
      ...entry('io-1', 'cmd', { id: 'io-1', number: 'IO-1', version: 0, updatedAt: 'x' }),
      entity: 'insertionOrders',
      op: 'create',
      baseVersion: 0,
    };
    expect(toOperation(create)).toMatchObject({
      resource: 'insertion-orders',
      body: { id: 'io-1', number: 'IO-1' },
    });
    expect(toOperation(create).ifMatch).toBeUndefined();
    const del: OutboxEntry = { ...entry('a', undefined), op: 'delete' };
    expect(toOperation(del)).toEqual({
      key: del.mutationId,
      resource: 'bookings',
      id: 'a',
      op: 'delete',
      ifMatch: 3,
    });
  });

  it("sends a record's second entry in a batch based on its first, not on a version", () => {
    const created: OutboxEntry = { ...entry('a', 'c1', { id: 'a' }), op: 'create', baseVersion: 0 };
    const other = entry('b', 'c2');
    const revised = { ...entry('a', 'c3', { notes: 'x' }), baseVersion: 0 };
    const again = entry('a', 'c4', { notes: 'y' });
    const [create, , first, second] = toOperations([created, other, revised, again]);
    expect(create?.basedOn).toBeUndefined();
    expect(first).toMatchObject({ basedOn: created.mutationId, body: { notes: 'x' } });
    expect(first?.ifMatch).toBeUndefined();
    expect(second).toMatchObject({ basedOn: revised.mutationId });
    expect(toOperations([other])[0]).toMatchObject({ ifMatch: 3 });
  });
});
