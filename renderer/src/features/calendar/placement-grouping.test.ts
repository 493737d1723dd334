import { addDays } from '@shared/domain/days.ts';
import type { Booking } from '@shared/domain/model.ts';
import { booking } from '@shared/domain/test-fixtures.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByPlacement, PlacementGrouping, type BookingsByPlacement } from './placement-grouping.ts';
import { snapshots } from './table-snapshots.ts';

const editArb = fc.record({
  slot: fc.integer({ min: 0, max: 7 }),
  placementId: fc.constantFrom('pl-1', 'pl-2', 'pl-3'),
  start: fc.integer({ min: 0, max: 20 }),
  remove: fc.boolean(),
});

/** Each placement's bookings as ids, and whether its list runs by start day. */
function described(groups: BookingsByPlacement) {
  const out: Record<string, { ids: string[]; byStart: boolean }> = {};
  for (const [placementId, list] of groups) {
    const starts = list.map((b) => b.startDate);
    out[placementId] = {
      ids: list.map((b) => b.id).sort(),
      byStart: starts.every((day, i) => i === 0 || (starts[i - 1] ?? '') <= day),
    };
  }
  return out;
}

describe.each([
  ['the store names the changed ids', true],
  ['the store cannot say what changed', false],
])('PlacementGrouping, when %s', (_, tellsChanges) => {
  it('equals grouping every booking afresh, after any sequence of snapshots', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), fc.array(fc.boolean()), (edits, skipped) => {
        const grouping = new PlacementGrouping();
        const snapshot = snapshots(tellsChanges);
        const store = new Map<number, Booking>();
        grouping.sync(snapshot([]));
        let unseen: string[] = [];
        for (const [step, edit] of edits.entries()) {
          const id = `bk-${edit.slot}`;
          if (edit.remove) store.delete(edit.slot);
          else {
            const startDate = addDays('2026-03-01', edit.start);
            store.set(
              edit.slot,
              booking({ id, placementId: edit.placementId, startDate, endDate: startDate }),
            );
          }
          unseen.push(id);
          // React may skip renders: several changes then arrive at once.
          if (skipped[step] === true) continue;
          grouping.sync(snapshot([...store.values()], unseen));
          unseen = [];
        }
        const rows = [...store.values()];
        const groups = grouping.sync(snapshot(rows, unseen));
        expect(described(groups)).toEqual(described(groupByPlacement(rows)));
        for (const { byStart } of Object.values(described(groups))) expect(byStart).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('PlacementGrouping', () => {
  it('rebuilds only the lists of the placements an edit touched', () => {
    const snapshot = snapshots(true);
    const grouping = new PlacementGrouping();
    const a = booking({ id: 'a', placementId: 'pl-1' });
    const b = booking({ id: 'b', placementId: 'pl-2' });
    const c = booking({ id: 'c', placementId: 'pl-3' });
    const before = grouping.sync(snapshot([a, b, c]));
    const moved = { ...a, placementId: 'pl-2' };
    const after = grouping.sync(snapshot([moved, b, c], ['a']));
    expect(after).not.toBe(before);
    expect(after.get('pl-3')).toBe(before.get('pl-3'));
    expect(after.get('pl-1')).toBeUndefined();
    expect(
      after
        .get('pl-2')
        ?.map((x) => x.id)
        .sort(),
    ).toEqual(['a', 'b']);
    // The same snapshot again: the same grouping.
    expect(grouping.sync(snapshot([moved, b, c], []))).toBe(after);
  });
});
