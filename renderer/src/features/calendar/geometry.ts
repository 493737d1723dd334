/**
 * The occupancy calendar's geometry, pure: pixels ↔ days and rows, booking bars, drag and resize
 * snapping, and lanes for overlapping bars. No DOM: the grid feeds it its layout and scroll
 * offsets and gets numbers back, so every pointer move costs a few arithmetic operations.
 *
 * Coordinates are in the grid's viewport: (0, 0) is its top-left corner, the day header is the top
 * `headerHeight` pixels and the row header the left `rowHeaderWidth` pixels. Day index 0 is
 * `startDay`; indexes before it are negative.
 */
import { addDays, toDayNumber } from '@shared/domain/days.ts';
import type { Booking, IsoDay } from '@shared/domain/model.ts';

export interface GridLayout {
  startDay: IsoDay;
  /** Width of one day column in px (the zoom); may be fractional. */
  dayWidth: number;
  rowHeight: number;
  headerHeight: number;
  rowHeaderWidth: number;
  /** Days in the calendar's window, when bounded: a drag then keeps its origin day inside it. */
  dayCount?: number;
}

export interface GridScroll {
  scrollLeft: number;
  scrollTop: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type BarBooking = Pick<Booking, 'id' | 'startDate' | 'endDate'>;

/** A bar's days as day indexes, both inclusive. */
export interface DaySpan {
  start: number;
  end: number;
}

export type ResizeEdge = 'start' | 'end';

/** Width of a bar's resize handles: the band at each end where a press resizes instead of moving. */
export const EDGE_HANDLE_PX = 6;

/** Space above the first lane and below the last, in a row. */
export const LANE_PAD = 3;
const MIN_LANE_HEIGHT = 6;

/** Height of one lane when a row stacks `laneCount` lanes (a bar is one px shorter, a gap between lanes). */
export function laneHeightFor(rowHeight: number, laneCount: number): number {
  return Math.max(MIN_LANE_HEIGHT, Math.floor((rowHeight - 2 * LANE_PAD) / Math.max(1, laneCount)));
}

/**
 * The resize handle at `offsetX` px from a bar's left side, or null in its middle. A narrow bar's
 * handles shrink to a third of it each, so its middle third can still be grabbed to move it.
 */
export function barEdgeAt(offsetX: number, barWidth: number): ResizeEdge | null {
  const handle = Math.min(EDGE_HANDLE_PX, barWidth / 3);
  if (offsetX < handle) return 'start';
  if (offsetX >= barWidth - handle) return 'end';
  return null;
}

// A pixel exactly on a column edge computed in floating point (e.g. 0.1 * 3 px) must fall in the
// column it starts, not the one before: nudge by far less than any pixel before flooring.
const EPSILON = 1e-7;

/** Rounds half away from zero: 0.5 → 1, -0.5 → -1, 0.49 → 0. */
export function roundHalfAwayFromZero(n: number): number {
  const r = Math.sign(n) * Math.round(Math.abs(n));
  return r === 0 ? 0 : r; // never -0
}

export interface GridGeometry {
  readonly layout: GridLayout;
  readonly scroll: GridScroll;
  readonly rowCount: number;
  /** Day index under viewport x (unbounded: the window's edges are the caller's business). */
  dayIndexAtX(x: number): number;
  /** The calendar day under viewport x. */
  dayAtX(x: number): IsoDay;
  /** Viewport x of the left edge of a day column. */
  xOfDay(dayIndex: number): number;
  /** Day index of a calendar day. */
  dayIndexOf(day: IsoDay): number;
  /** Row under viewport y, clamped to the rows (−1 when there are none). */
  rowAtY(y: number): number;
  /** Viewport y of the top edge of a row. */
  yOfRow(row: number): number;
  /**
   * The bar of a booking: whole days, end inclusive, in its lane of a row stacking `laneCount`
   * lanes. A lane below the row's bottom (too many lanes for the row) is cut at the row's last
   * pixel row; null when nothing of it is left.
   */
  barRect(
    booking: Pick<Booking, 'startDate' | 'endDate'>,
    row: number,
    lane: number,
    laneCount: number,
  ): Rect | null;
  /**
   * A drag of (dx, dy) px from a bar at (originDayIndex, originRow), snapped to whole days and
   * rows, half a cell or more moving it; the row stays within the rows and, with a `dayCount`,
   * the origin day within the window (or no further out of it).
   */
  snapDrag(
    originDayIndex: number,
    originRow: number,
    dx: number,
    dy: number,
  ): { dayDelta: number; rowDelta: number };
  /** A bar's span after dragging one edge by dx px, snapped to days; never shorter than one day. */
  snapResize(span: DaySpan, edge: ResizeEdge, dx: number): DaySpan;
}

export function gridGeometry(layout: GridLayout, scroll: GridScroll, rowCount: number): GridGeometry {
  const { dayWidth, rowHeight, headerHeight, rowHeaderWidth } = layout;
  if (!(dayWidth > 0) || !(rowHeight > 0)) throw new RangeError('dayWidth and rowHeight must be positive');
  const startDayNumber = toDayNumber(layout.startDay);
  const rows = Math.max(0, Math.floor(rowCount));

  const dayIndexAtX = (x: number) =>
    Math.floor((x - rowHeaderWidth + scroll.scrollLeft) / dayWidth + EPSILON);
  const xOfDay = (dayIndex: number) => rowHeaderWidth + dayIndex * dayWidth - scroll.scrollLeft;
  const dayIndexOf = (day: IsoDay) => toDayNumber(day) - startDayNumber;
  const yOfRow = (row: number) => headerHeight + row * rowHeight - scroll.scrollTop;
  const clampRow = (row: number) => Math.min(rows - 1, Math.max(0, row));

  return {
    layout,
    scroll,
    rowCount: rows,
    dayIndexAtX,
    dayAtX: (x) => addDays(layout.startDay, dayIndexAtX(x)),
    xOfDay,
    dayIndexOf,
    rowAtY(y) {
      if (rows === 0) return -1;
      return clampRow(Math.floor((y - headerHeight + scroll.scrollTop) / rowHeight + EPSILON));
    },
    yOfRow,
    barRect(booking, row, lane, laneCount) {
      const start = dayIndexOf(booking.startDate);
      const days = Math.max(1, dayIndexOf(booking.endDate) - start + 1);
      const laneHeight = laneHeightFor(rowHeight, laneCount);
      const top = LANE_PAD + lane * laneHeight;
      const height = Math.min(laneHeight - 1, rowHeight - 1 - top);
      if (height <= 0) return null;
      return { x: xOfDay(start), y: yOfRow(row) + top, width: days * dayWidth, height };
    },
    snapDrag(originDayIndex, originRow, dx, dy) {
      let dayDelta = roundHalfAwayFromZero(dx / dayWidth);
      const dayCount = layout.dayCount;
      if (dayCount !== undefined && dayCount > 0) {
        // An origin already outside the window may stay where it is, never go further out.
        const lo = Math.min(0, originDayIndex);
        const hi = Math.max(dayCount - 1, originDayIndex);
        const day = Math.min(hi, Math.max(lo, originDayIndex + dayDelta));
        dayDelta = day - originDayIndex === 0 ? 0 : day - originDayIndex;
      }
      if (rows === 0) return { dayDelta, rowDelta: 0 };
      const rowDelta = clampRow(originRow + roundHalfAwayFromZero(dy / rowHeight)) - originRow;
      return { dayDelta, rowDelta: rowDelta === 0 ? 0 : rowDelta };
    },
    snapResize(span, edge, dx) {
      const delta = roundHalfAwayFromZero(dx / dayWidth);
      if (edge === 'start') return { start: Math.min(span.end, span.start + delta), end: span.end };
      return { start: span.start, end: Math.max(span.start, span.end + delta) };
    },
  };
}

/**
 * Lanes for the bars of one row so that overlapping bookings stack: interval partitioning, taking
 * bookings by start day then id and giving each the lowest lane free on its first day. Greedy by
 * start uses exactly as many lanes as the most bookings sharing one day, and the order makes it
 * deterministic whatever the input order. Reversed dates count as their start day only.
 */
export function assignLanes(bookings: readonly BarBooking[]): Map<string, number> {
  const spans = bookings.map((b) => {
    const start = toDayNumber(b.startDate);
    return { id: b.id, start, end: Math.max(start, toDayNumber(b.endDate)) };
  });
  spans.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = []; // last day taken in each lane
  const lanes = new Map<string, number>();
  for (const span of spans) {
    let lane = laneEnds.findIndex((end) => end < span.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = span.end;
    lanes.set(span.id, lane);
  }
  return lanes;
}

/** How many lanes an `assignLanes` result uses. */
export function laneCount(lanes: ReadonlyMap<string, number>): number {
  let max = -1;
  for (const lane of lanes.values()) max = Math.max(max, lane);
  return max + 1;
}
