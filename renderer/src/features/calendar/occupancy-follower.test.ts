import { addDays } from '@shared/domain/days.ts';
import type { Booking } from '@shared/domain/model.ts';
import { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { booking, placement } from '@shared/domain/test-fixtures.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OccupancyFollower } from './occupancy-follower.ts';
import { snapshots } from './table-snapshots.ts';

const window = { start: '2026-03-01', end: '2026-04-30', days: 61 };
const placements = [
  placement({ kind: 'slots', slotsPerDay: 2 }, 'pl-1'),
  placement({ kind: 'slots', slotsPerDay: 3 }, 'pl-2'),
];
const today = '2026-03-10';

function fresh(bookings: readonly Booking[]) {
  return new OccupancyIndex({ start: window.start, end: window.end, placements, bookings, today });
}

const editArb = fc.record({
  slot: fc.integer({ min: 0, max: 5 }),
  placementId: fc.constantFrom('pl-1', 'pl-2'),
  start: fc.integer({ min: -5, max: 60 }),
  length: fc.integer({ min: 1, max: 10 }),
  status: fc.constantFrom<Booking['status'][]>('option', 'confirmed', 'cancelled'),
  remove: fc.boolean(),
});

describe.each([
  ['the store names the changed ids', true],
  ['the store cannot say what changed', false],
])('OccupancyFollower, when %s', (_, tellsChanges) => {
  it('equals a full recompute after any sequence of store snapshots', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), fc.array(fc.boolean()), (edits, skipped) => {
        const follower = new OccupancyFollower();
        const snapshot = snapshots(tellsChanges);
        const store = new Map<number, Booking>();
        follower.sync(placements, snapshot([]), today, window);
        let unseen: string[] = [];
        for (const [step, edit] of edits.entries()) {
          if (edit.remove) store.delete(edit.slot);
          else {
            const startDate = addDays(window.start, edit.start);
            store.set(
              edit.slot,
              booking({
                id: `bk-slot-${edit.slot}`,
                placementId: edit.placementId,
                startDate,
                endDate: addDays(startDate, edit.length - 1),
                status: edit.status,
                optionExpiresOn: edit.status === 'option' ? '2026-03-20' : null,
                updatedAt: `2026-03-10T09:00:${String(step).padStart(2, '0')}.000Z`,
              }),
            );
          }
          unseen.push(`bk-slot-${edit.slot}`);
          // React may skip renders: the follower then sees several changes at once.
          if (skipped[step] === true) continue;
          // Every record a new object, the unchanged ones included, as a reload delivers them.
          const rows = [...store.values()].map((b) => structuredClone(b));
          follower.sync(placements, snapshot(rows, unseen), today, window);
          unseen = [];
        }
        const index = follower.sync(placements, snapshot([...store.values()], unseen), today, window);
        const expected = fresh([...store.values()]);
        expect(Array.from(index.confirmed)).toEqual(Array.from(expected.confirmed));
        expect(Array.from(index.held)).toEqual(Array.from(expected.held));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the same index while the placements stay, and rebuilds when they change', () => {
    const follower = new OccupancyFollower();
    const snapshot = snapshots(tellsChanges);
    const first = follower.sync(placements, snapshot([]), today, window);
    const added = booking({ placementId: 'pl-1' });
    expect(follower.sync(placements, snapshot([added], [added.id]), today, window)).toBe(first);
    expect(follower.sync([...placements], snapshot([]), today, window)).not.toBe(first);
  });

  it('follows today: an option stops holding after its expiry', () => {
    const follower = new OccupancyFollower();
    const option = booking({
      status: 'option',
      optionExpiresOn: '2026-03-01',
      startDate: '2026-03-02',
      endDate: '2026-03-03',
    });
    const snapshot = snapshots(tellsChanges)([option]);
    const index = follower.sync(placements, snapshot, '2026-03-01', window);
    expect(index.cell(0, 1)?.held).toBe(1);
    follower.sync(placements, snapshot, '2026-03-02', window);
    expect(index.cell(0, 1)?.held).toBe(0);
  });
});
