import { addDays } from '@shared/domain/days.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignLanes,
  barEdgeAt,
  type BarBooking,
  gridGeometry,
  type GridLayout,
  laneCount,
  roundHalfAwayFromZero,
} from './geometry.ts';

const layout: GridLayout = {
  startDay: '2026-03-02',
  dayWidth: 20,
  rowHeight: 30,
  headerHeight: 40,
  rowHeaderWidth: 200,
};
const noScroll = { scrollLeft: 0, scrollTop: 0 };

const layoutArb = fc.record({
  startDay: fc.integer({ min: -400, max: 400 }).map((n) => addDays('2026-03-02', n)),
  dayWidth: fc.double({ min: 4, max: 80, noNaN: true }),
  rowHeight: fc.integer({ min: 12, max: 80 }),
  headerHeight: fc.integer({ min: 0, max: 80 }),
  rowHeaderWidth: fc.integer({ min: 0, max: 300 }),
});
const scrollArb = fc.record({
  scrollLeft: fc.double({ min: 0, max: 60_000, noNaN: true }),
  scrollTop: fc.double({ min: 0, max: 100_000, noNaN: true }),
});

describe('grid geometry: pixels ↔ days and rows', () => {
  it('maps x to day columns after the row header and the scroll', () => {
    const g = gridGeometry(layout, { scrollLeft: 50, scrollTop: 0 }, 10);
    expect(g.xOfDay(0)).toBe(150);
    expect(g.dayIndexAtX(150)).toBe(0);
    expect(g.dayIndexAtX(169.9)).toBe(0);
    expect(g.dayIndexAtX(170)).toBe(1);
    expect(g.dayIndexAtX(149)).toBe(-1);
    expect(g.dayAtX(170)).toBe('2026-03-03');
    expect(g.dayIndexOf('2026-03-01')).toBe(-1);
  });

  it('maps y to rows below the header, clamped to the rows', () => {
    const g = gridGeometry(layout, { scrollLeft: 0, scrollTop: 45 }, 10);
    expect(g.yOfRow(2)).toBe(55);
    expect(g.rowAtY(55)).toBe(2);
    expect(g.rowAtY(84.9)).toBe(2);
    expect(g.rowAtY(85)).toBe(3);
    expect(g.rowAtY(-1_000)).toBe(0);
    expect(g.rowAtY(1e6)).toBe(9);
    expect(gridGeometry(layout, noScroll, 0).rowAtY(100)).toBe(-1);
  });

  it('rejects a zero or negative zoom', () => {
    expect(() => gridGeometry({ ...layout, dayWidth: 0 }, noScroll, 1)).toThrow(RangeError);
    expect(() => gridGeometry({ ...layout, rowHeight: -1 }, noScroll, 1)).toThrow(RangeError);
  });

  it('round-trips day ↔ x for any zoom and scroll (property)', () => {
    fc.assert(
      fc.property(
        layoutArb,
        scrollArb,
        fc.integer({ min: -1_000, max: 3_000 }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (l, scroll, day, fraction) => {
          const g = gridGeometry(l, scroll, 1);
          expect(g.dayIndexAtX(g.xOfDay(day))).toBe(day);
          expect(g.dayIndexAtX(g.xOfDay(day) + fraction * l.dayWidth)).toBe(day);
          expect(g.dayAtX(g.xOfDay(day))).toBe(addDays(l.startDay, day));
          expect(g.dayIndexOf(addDays(l.startDay, day))).toBe(day);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('round-trips row ↔ y for any scroll, within the rows (property)', () => {
    fc.assert(
      fc.property(
        layoutArb,
        scrollArb,
        fc.integer({ min: 1, max: 5_000 }),
        fc.nat(),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (l, scroll, rows, pick, fraction) => {
          const g = gridGeometry(l, scroll, rows);
          const row = pick % rows;
          expect(g.rowAtY(g.yOfRow(row))).toBe(row);
          expect(g.rowAtY(g.yOfRow(row) + fraction * l.rowHeight)).toBe(row);
          expect(g.rowAtY(g.yOfRow(-3))).toBe(0);
          expect(g.rowAtY(g.yOfRow(rows + 3))).toBe(rows - 1);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('grid geometry: bars', () => {
  it('spans whole days, end inclusive, in its lane', () => {
    const g = gridGeometry(layout, { scrollLeft: 20, scrollTop: 30 }, 10);
    // Three lanes in a 30 px row: 3 px of padding, lanes of 8 px, bars of 7 (a gap between lanes).
    const rect = g.barRect({ startDate: '2026-03-04', endDate: '2026-03-06' }, 1, 2, 3);
    expect(rect).toEqual({ x: 200 + 2 * 20 - 20, y: 40 + 30 - 30 + 3 + 16, width: 60, height: 7 });
    expect(g.barRect({ startDate: '2026-03-04', endDate: '2026-03-04' }, 0, 0, 1)?.width).toBe(20);
    // Reversed dates still draw one day, so the bar can be grabbed and fixed.
    expect(g.barRect({ startDate: '2026-03-04', endDate: '2026-03-01' }, 0, 0, 1)?.width).toBe(20);
  });

  it('stacks lanes inside their row, cutting the ones the row has no room for', () => {
    const g = gridGeometry(layout, noScroll, 10);
    const booking = { startDate: '2026-03-04', endDate: '2026-03-04' };
    // Six lanes want 6 px each: four fit in the 30 px row, the fifth is cut, the sixth is gone.
    const rects = [0, 1, 2, 3, 4, 5].map((lane) => g.barRect(booking, 2, lane, 6));
    const rowTop = g.yOfRow(2);
    expect(rects.map((r) => r && [r.y - rowTop, r.height])).toEqual([
      [3, 5],
      [9, 5],
      [15, 5],
      [21, 5],
      [27, 2],
      null,
    ]);
  });

  it('never lets lanes overlap or leave their row (property)', () => {
    fc.assert(
      fc.property(layoutArb, fc.integer({ min: 1, max: 12 }), (l, lanes) => {
        const g = gridGeometry(l, noScroll, 3);
        const booking = { startDate: l.startDay, endDate: l.startDay };
        let bottom = g.yOfRow(1);
        for (let lane = 0; lane < lanes; lane++) {
          const rect = g.barRect(booking, 1, lane, lanes);
          if (!rect) break;
          expect(rect.y).toBeGreaterThanOrEqual(bottom);
          bottom = rect.y + rect.height;
          expect(bottom).toBeLessThanOrEqual(g.yOfRow(2) - 1);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('starts and ends on the columns of its first and last day (property)', () => {
    fc.assert(
      fc.property(
        layoutArb,
        scrollArb,
        fc.integer({ min: -100, max: 800 }),
        fc.integer({ min: 1, max: 120 }),
        (l, scroll, start, days) => {
          const g = gridGeometry(l, scroll, 1);
          const booking = {
            startDate: addDays(l.startDay, start),
            endDate: addDays(l.startDay, start + days - 1),
          };
          const rect = g.barRect(booking, 0, 0, 1);
          if (!rect) throw new Error('a one-lane bar always fits');
          expect(g.dayIndexAtX(rect.x)).toBe(start);
          expect(g.dayIndexAtX(rect.x + rect.width - l.dayWidth / 2)).toBe(start + days - 1);
          expect(g.dayIndexAtX(rect.x + rect.width)).toBe(start + days);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('grid geometry: drag and resize snapping', () => {
  const g = gridGeometry(layout, noScroll, 10);

  it('rounds half away from zero, never to -0', () => {
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(0.49)).toBe(0);
    expect(roundHalfAwayFromZero(-0.49)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-0.2), 0)).toBe(true);
    expect(roundHalfAwayFromZero(-1.5)).toBe(-2);
  });

  it('moves a bar once the drag reaches half a cell', () => {
    expect(g.snapDrag(5, 5, 9.9, 14.9)).toEqual({ dayDelta: 0, rowDelta: 0 });
    expect(g.snapDrag(5, 5, 10, 15)).toEqual({ dayDelta: 1, rowDelta: 1 });
    expect(g.snapDrag(5, 5, -10, -15)).toEqual({ dayDelta: -1, rowDelta: -1 });
    expect(g.snapDrag(5, 5, -9.9, -14.9)).toEqual({ dayDelta: 0, rowDelta: 0 });
    expect(g.snapDrag(5, 5, 49, 44)).toEqual({ dayDelta: 2, rowDelta: 1 });
    expect(g.snapDrag(5, 5, 50, 45)).toEqual({ dayDelta: 3, rowDelta: 2 });
  });

  it('keeps the row within the rows', () => {
    expect(g.snapDrag(0, 8, 0, 300)).toEqual({ dayDelta: 0, rowDelta: 1 });
    expect(g.snapDrag(0, 1, 0, -300)).toEqual({ dayDelta: 0, rowDelta: -1 });
    expect(gridGeometry(layout, noScroll, 0).snapDrag(0, 0, 0, 300)).toEqual({ dayDelta: 0, rowDelta: 0 });
  });

  it('keeps the origin day within a bounded window, never pushing it further out', () => {
    const bounded = gridGeometry({ ...layout, dayCount: 30 }, noScroll, 10);
    expect(bounded.snapDrag(25, 0, 400, 0).dayDelta).toBe(4);
    expect(bounded.snapDrag(2, 0, -400, 0).dayDelta).toBe(-2);
    expect(bounded.snapDrag(-5, 0, 20, 0).dayDelta).toBe(1);
    expect(bounded.snapDrag(-5, 0, -20, 0).dayDelta).toBe(0);
    expect(g.snapDrag(2, 0, -400, 0).dayDelta).toBe(-20);
  });

  it('snaps any drag to the nearest whole cell (property)', () => {
    fc.assert(
      fc.property(
        layoutArb,
        fc.double({ min: -5_000, max: 5_000, noNaN: true }),
        fc.double({ min: -5_000, max: 5_000, noNaN: true }),
        (l, dx, dy) => {
          const { dayDelta, rowDelta } = gridGeometry(l, noScroll, 1_000_000).snapDrag(0, 500_000, dx, dy);
          expect(Number.isInteger(dayDelta) && Number.isInteger(rowDelta)).toBe(true);
          expect(Math.abs(dayDelta * l.dayWidth - dx)).toBeLessThanOrEqual(l.dayWidth / 2 + 1e-9);
          expect(Math.abs(rowDelta * l.rowHeight - dy)).toBeLessThanOrEqual(l.rowHeight / 2 + 1e-9);
          expect(Math.sign(dayDelta) === 0 || Math.sign(dayDelta) === Math.sign(dx)).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('resizes from either edge, never shorter than one day', () => {
    const span = { start: 10, end: 14 };
    expect(g.snapResize(span, 'end', 10)).toEqual({ start: 10, end: 15 });
    expect(g.snapResize(span, 'end', 9)).toEqual(span);
    expect(g.snapResize(span, 'end', -40)).toEqual({ start: 10, end: 12 });
    expect(g.snapResize(span, 'end', -1_000)).toEqual({ start: 10, end: 10 });
    expect(g.snapResize(span, 'start', -10)).toEqual({ start: 9, end: 14 });
    expect(g.snapResize(span, 'start', 40)).toEqual({ start: 12, end: 14 });
    expect(g.snapResize(span, 'start', 1_000)).toEqual({ start: 14, end: 14 });
  });

  it('moves only the dragged edge and keeps start ≤ end (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('start' as const, 'end' as const),
        fc.double({ min: -3_000, max: 3_000, noNaN: true }),
        (start, extra, edge, dx) => {
          const span = { start, end: start + extra };
          const out = g.snapResize(span, edge, dx);
          expect(out.start).toBeLessThanOrEqual(out.end);
          if (edge === 'start') expect(out.end).toBe(span.end);
          else expect(out.start).toBe(span.start);
          const moved = edge === 'start' ? out.start - span.start : out.end - span.end;
          const wanted = roundHalfAwayFromZero(dx / layout.dayWidth);
          expect(moved === wanted || (out.start === out.end && Math.abs(moved) < Math.abs(wanted))).toBe(
            true,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('assignLanes', () => {
  const bar = (id: string, start: number, end: number): BarBooking => ({
    id,
    startDate: addDays('2026-03-02', start),
    endDate: addDays('2026-03-02', end),
  });

  it('stacks overlapping bars and reuses a lane once it is free', () => {
    const lanes = assignLanes([
      bar('c', 3, 4),
      bar('a', 0, 2),
      bar('b', 1, 1),
      bar('d', 2, 3),
      bar('e', 5, 5),
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, d: 1, c: 0, e: 0 });
    expect(laneCount(lanes)).toBe(2);
    expect(laneCount(assignLanes([]))).toBe(0);
  });

  it('treats bars touching end to start as overlapping only when they share a day', () => {
    expect(Object.fromEntries(assignLanes([bar('a', 0, 2), bar('b', 2, 4)]))).toEqual({ a: 0, b: 1 });
    expect(Object.fromEntries(assignLanes([bar('a', 0, 2), bar('b', 3, 4)]))).toEqual({ a: 0, b: 0 });
  });

  const barsArb = fc
    .array(fc.tuple(fc.integer({ min: -20, max: 60 }), fc.integer({ min: 0, max: 15 })), { maxLength: 40 })
    .map((pairs) =>
      pairs.map(([start, length], i) => bar(`b${String(i).padStart(2, '0')}`, start, start + length)),
    );

  it('never overlaps two bars in one lane, uses exactly the maximum overlap, whatever the order (property)', () => {
    fc.assert(
      fc.property(
        barsArb.chain((bars) =>
          fc.tuple(
            fc.constant(bars),
            fc.shuffledSubarray(bars, { minLength: bars.length, maxLength: bars.length }),
          ),
        ),
        ([bars, shuffled]) => {
          const lanes = assignLanes(bars);
          expect(lanes.size).toBe(bars.length);
          const days = (b: BarBooking) => [b.startDate, b.endDate] as const;
          for (const a of bars)
            for (const b of bars) {
              if (a.id >= b.id || lanes.get(a.id) !== lanes.get(b.id)) continue;
              const [as, ae] = days(a);
              const [bs, be] = days(b);
              expect(ae < bs || be < as).toBe(true);
            }
          let maxOverlap = 0;
          for (let d = -20; d <= 80; d++) {
            const day = addDays('2026-03-02', d);
            maxOverlap = Math.max(
              maxOverlap,
              bars.filter((b) => b.startDate <= day && day <= b.endDate).length,
            );
          }
          expect(laneCount(lanes)).toBe(maxOverlap);
          // Deterministic: any permutation of the input gives the same lanes.
          expect(assignLanes(shuffled)).toEqual(lanes);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('barEdgeAt', () => {
  it('finds the 6 px handles at both ends of a bar and nothing between', () => {
    expect(barEdgeAt(0, 108)).toBe('start');
    expect(barEdgeAt(5.9, 108)).toBe('start');
    expect(barEdgeAt(6, 108)).toBeNull();
    expect(barEdgeAt(101.9, 108)).toBeNull();
    expect(barEdgeAt(102, 108)).toBe('end');
    expect(barEdgeAt(107.5, 108)).toBe('end');
  });

  it('keeps the middle third of a narrow bar for moving it', () => {
    expect(barEdgeAt(0.5, 9)).toBe('start');
    expect(barEdgeAt(4.5, 9)).toBeNull();
    expect(barEdgeAt(8.5, 9)).toBe('end');
    fc.assert(
      fc.property(
        fc.double({ min: 3, max: 2000, noNaN: true }),
        (width) => barEdgeAt(width / 2, width) === null,
      ),
    );
  });
});
