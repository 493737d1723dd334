import { booking, placement } from '@shared/domain/test-fixtures.ts';
import { describe, expect, it } from 'vitest';
import {
  changePatch,
  clampOrdinalDelta,
  isNoChange,
  ordinalAtRow,
  placementOrder,
  proposeMove,
  proposeResize,
} from './drag-proposal.ts';
import type { CalendarRow } from './rows.ts';

const slots = { kind: 'slots', slotsPerDay: 1 } as const;
const [a, b, c] = ['pl-a', 'pl-b', 'pl-c'].map((id) => placement(slots, id));

function placementRow(p: NonNullable<typeof a>, indexRow: number): CalendarRow {
  return { kind: 'placement', key: `placement:${p.id}`, placement: p, indexRow };
}
function sectionRow(id: string): CalendarRow {
  return {
    kind: 'section',
    key: `section:${id}`,
    siteId: 's',
    sectionId: id,
    label: id,
    collapsed: false,
    placementRows: [],
  };
}

// Display: section X, a, b, section Y, c.
const rows: CalendarRow[] = [
  sectionRow('x'),
  placementRow(a!, 0),
  placementRow(b!, 1),
  sectionRow('y'),
  placementRow(c!, 2),
];
const order = placementOrder(rows);

describe('placementOrder', () => {
  it('lists placements in display order with their display rows', () => {
    expect(order.ids).toEqual(['pl-a', 'pl-b', 'pl-c']);
    expect(order.displayRows).toEqual([1, 2, 4]);
    expect(order.ordinalOf.get('pl-c')).toBe(2);
  });
});

describe('ordinalAtRow', () => {
  it('gives the placement under the pointer', () => {
    expect(ordinalAtRow(rows, order, 2, true)).toBe(1);
  });

  it('over a group header, takes the next placement in the direction of travel', () => {
    expect(ordinalAtRow(rows, order, 3, true)).toBe(2);
    expect(ordinalAtRow(rows, order, 3, false)).toBe(1);
  });

  it('over a header with nothing further that way, takes the nearest the other way', () => {
    expect(ordinalAtRow(rows, order, 0, false)).toBe(0);
  });
});

describe('proposeMove', () => {
  it('shifts days and placements together', () => {
    const bk = booking({ placementId: 'pl-a', startDate: '2026-03-02', endDate: '2026-03-04' });
    const [change] = proposeMove([bk], order, 3, 2);
    expect(change?.after).toMatchObject({
      placementId: 'pl-c',
      startDate: '2026-03-05',
      endDate: '2026-03-07',
    });
    expect(change?.before).toBe(bk);
  });

  it('stops a group at the last placement, keeping the group in shape', () => {
    const first = booking({ placementId: 'pl-a' });
    const second = booking({ placementId: 'pl-b' });
    expect(clampOrdinalDelta([first, second], order, 5)).toBe(1);
    const moved = proposeMove([first, second], order, 0, 5).map((ch) => ch.after.placementId);
    expect(moved).toEqual(['pl-b', 'pl-c']);
  });

  it('does not move rows for a booking whose placement is not displayed', () => {
    expect(clampOrdinalDelta([booking({ placementId: 'elsewhere' })], order, 1)).toBe(0);
  });
});

describe('proposeResize', () => {
  const bk = booking({ startDate: '2026-03-02', endDate: '2026-03-08' });

  it('moves the end edge', () => {
    expect(proposeResize(bk, 'end', 2).after.endDate).toBe('2026-03-10');
    expect(proposeResize(bk, 'end', -3).after.endDate).toBe('2026-03-05');
  });

  it('never makes a booking shorter than one day', () => {
    expect(proposeResize(bk, 'end', -20).after).toMatchObject({
      startDate: '2026-03-02',
      endDate: '2026-03-02',
    });
    expect(proposeResize(bk, 'start', 20).after).toMatchObject({
      startDate: '2026-03-08',
      endDate: '2026-03-08',
    });
  });
});

describe('changePatch', () => {
  it('writes only the fields the drag changed', () => {
    const bk = booking({ placementId: 'pl-a' });
    const [change] = proposeMove([bk], order, 2, 0);
    expect(change && changePatch(change)).toEqual({ startDate: '2026-03-04', endDate: '2026-03-10' });
  });

  it('carries a status change, so cancelling from the grid is written', () => {
    const bk = booking({ placementId: 'pl-a', status: 'confirmed' });
    expect(changePatch({ before: bk, after: { ...bk, status: 'cancelled' } })).toEqual({
      status: 'cancelled',
    });
  });

  it('sees a drag back to the start as no change', () => {
    const bk = booking({ placementId: 'pl-a' });
    expect(isNoChange(proposeMove([bk], order, 0, 0))).toBe(true);
    expect(isNoChange(proposeMove([bk], order, 1, 0))).toBe(false);
  });
});
