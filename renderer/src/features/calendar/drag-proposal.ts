/**
 * What a drag proposes, pure: the bookings as they would be after moving them by whole days and
 * placement rows, or after dragging one edge. The grid turns pointer or key presses into deltas;
 * this turns deltas into `ProposedChange`s that `checkDrop` judges and commands write.
 *
 * Rows move in placement order (group header rows are skipped), so a group move shifts every
 * booking by the same number of placements and stops at the first or last one.
 */
import { addDays, maxDay, minDay } from '@shared/domain/days.ts';
import type { Booking } from '@shared/domain/model.ts';
import type { ProposedChange } from './drop-check.ts';
import type { CalendarRow } from './rows.ts';
import type { ResizeEdge } from './geometry.ts';

/** The placement rows of the display, in order, and the way back from a display row. */
export interface PlacementOrder {
  /** Placement ids in display order. */
  ids: readonly string[];
  /** Position of each placement id in `ids`. */
  ordinalOf: ReadonlyMap<string, number>;
  /** Display row of each ordinal. */
  displayRows: readonly number[];
}

export function placementOrder(rows: readonly CalendarRow[]): PlacementOrder {
  const ids: string[] = [];
  const displayRows: number[] = [];
  const ordinalOf = new Map<string, number>();
  rows.forEach((row, displayRow) => {
    if (row.kind !== 'placement') return;
    ordinalOf.set(row.placement.id, ids.length);
    ids.push(row.placement.id);
    displayRows.push(displayRow);
  });
  return { ids, ordinalOf, displayRows };
}

/**
 * The placement ordinal for a pointer over display row `row`: that placement, or over a group
 * header the nearest placement in the direction of travel (down: the next one).
 */
export function ordinalAtRow(
  rows: readonly CalendarRow[],
  order: PlacementOrder,
  row: number,
  downwards: boolean,
): number | undefined {
  const step = downwards ? 1 : -1;
  for (let r = row; r >= 0 && r < rows.length; r += step) {
    const candidate = rows[r];
    if (candidate?.kind === 'placement') return order.ordinalOf.get(candidate.placement.id);
  }
  for (let r = row - step; r >= 0 && r < rows.length; r -= step) {
    const candidate = rows[r];
    if (candidate?.kind === 'placement') return order.ordinalOf.get(candidate.placement.id);
  }
  return undefined;
}

/** Keeps a row delta such that every booking stays on a displayed placement. */
export function clampOrdinalDelta(
  bookings: readonly Booking[],
  order: PlacementOrder,
  delta: number,
): number {
  let lo = -Infinity;
  let hi = Infinity;
  for (const booking of bookings) {
    const ordinal = order.ordinalOf.get(booking.placementId);
    if (ordinal === undefined) return 0;
    lo = Math.max(lo, -ordinal);
    hi = Math.min(hi, order.ids.length - 1 - ordinal);
  }
  return Math.min(hi, Math.max(lo, delta));
}

/** Every booking shifted by `dayDelta` days and `ordinalDelta` placements (clamped first). */
export function proposeMove(
  bookings: readonly Booking[],
  order: PlacementOrder,
  dayDelta: number,
  ordinalDelta: number,
): ProposedChange[] {
  const rowDelta = clampOrdinalDelta(bookings, order, ordinalDelta);
  return bookings.map((booking) => {
    const ordinal = (order.ordinalOf.get(booking.placementId) ?? 0) + rowDelta;
    return {
      before: booking,
      after: {
        ...booking,
        placementId: order.ids[ordinal] ?? booking.placementId,
        startDate: addDays(booking.startDate, dayDelta),
        endDate: addDays(booking.endDate, dayDelta),
      },
    };
  });
}

/** One edge moved by `dayDelta` days; the booking never gets shorter than one day. */
export function proposeResize(booking: Booking, edge: ResizeEdge, dayDelta: number): ProposedChange {
  const after =
    edge === 'start'
      ? { ...booking, startDate: minDay(addDays(booking.startDate, dayDelta), booking.endDate) }
      : { ...booking, endDate: maxDay(addDays(booking.endDate, dayDelta), booking.startDate) };
  return { before: booking, after };
}

/** The patch a command writes for a change: only the fields the drag changed. */
export function changePatch(change: ProposedChange): Partial<Booking> {
  const { before, after } = change;
  const patch: Partial<Booking> = {};
  if (!before || before.placementId !== after.placementId) patch.placementId = after.placementId;
  if (!before || before.startDate !== after.startDate) patch.startDate = after.startDate;
  if (!before || before.endDate !== after.endDate) patch.endDate = after.endDate;
  if (!before || before.status !== after.status) patch.status = after.status;
  return patch;
}

/** Whether the changes leave every booking where it was. */
export function isNoChange(changes: readonly ProposedChange[]): boolean {
  return changes.every((c) => Object.keys(changePatch(c)).length === 0);
}
