/**
 * What is left to sell on a placement over a date range, and whether a booking would fit.
 * The server decides with `wouldOverbook`, the drag preview shows the same answer before the drop.
 */
import { fromDayNumber, rangesOverlap } from './days.ts';
import { addDemandInto, isLive, loadClass } from './load.ts';
import type { Booking, IsoDay } from './model.ts';
import {
  occupancyRange,
  occupancyState,
  type OccupancyBooking,
  type OccupancyPlacement,
} from './occupancy.ts';

export type AvailabilityBooking = OccupancyBooking & Pick<Booking, 'id'>;

export interface AvailabilityRow {
  day: IsoDay;
  capacity: number;
  confirmed: number;
  held: number;
  /** capacity − confirmed − held, never below 0. */
  free: number;
}

export interface Availability<B extends AvailabilityBooking = AvailabilityBooking> {
  rows: AvailabilityRow[];
  /** The smallest `free` over the range: what can be sold on every day of it (0 for an empty range). */
  minFree: number;
  /** Days where confirmed load exceeds capacity. */
  overbookedDays: IsoDay[];
  /** Days where confirmed load fits but confirmed plus options does not (overbooked days excluded). */
  atRiskDays: IsoDay[];
  /** The live bookings of the placement that share at least one day with the range, by start date. */
  contending: B[];
}

export interface AvailabilityOptions {
  /** Leave this booking out, to ask "what if it moved?" while it is being edited or dragged. */
  excludeBookingId?: string;
}

export function availability<B extends AvailabilityBooking>(
  placement: OccupancyPlacement,
  bookings: readonly B[],
  start: IsoDay,
  end: IsoDay,
  today: IsoDay,
  options: AvailabilityOptions = {},
): Availability<B> {
  const others = bookings.filter((b) => b.id !== options.excludeBookingId);
  const range = occupancyRange(placement, others, start, end, today);
  const rows: AvailabilityRow[] = [];
  const overbookedDays: IsoDay[] = [];
  const atRiskDays: IsoDay[] = [];
  let minFree = range.length > 0 ? Number.POSITIVE_INFINITY : 0;
  for (let i = 0; i < range.length; i++) {
    const day = fromDayNumber(range.startDayNumber + i);
    const capacity = range.capacity[i] ?? 0;
    const confirmed = range.confirmed[i] ?? 0;
    const held = range.held[i] ?? 0;
    const free = Math.max(0, capacity - confirmed - held);
    rows.push({ day, capacity, confirmed, held, free });
    minFree = Math.min(minFree, free);
    const state = occupancyState(capacity, confirmed, held);
    if (state === 'overbooked') overbookedDays.push(day);
    else if (state === 'at_risk') atRiskDays.push(day);
  }
  const contending = others
    .filter(
      (b) =>
        b.placementId === placement.id &&
        isLive(b, today) &&
        rangesOverlap(b.startDate, b.endDate, start, end),
    )
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  return { rows, minFree, overbookedDays, atRiskDays, contending };
}

export interface DayExcess {
  day: IsoDay;
  /** How far the day ends up over capacity, in the placement's unit, with the candidate in. */
  excess: number;
}

export interface OverbookCheck {
  /** Days the candidate, confirmed, takes over capacity with the other confirmed bookings. */
  overbookedDays: DayExcess[];
  /** Days the candidate takes confirmed plus options over capacity (not already listed as overbooked). */
  atRiskDays: DayExcess[];
}

/**
 * Checks `candidate` (new, or an edited version of one of `bookings`, which then stands in for
 * its old self) against the other live bookings of `placement`. Only days the candidate actually
 * loads are reported: it is not to blame for a day it does not touch. A cancelled or expired
 * candidate, or an option past its expiry, takes nothing and never overbooks.
 */
export function wouldOverbook(
  placement: OccupancyPlacement,
  bookings: readonly AvailabilityBooking[],
  candidate: Omit<AvailabilityBooking, 'placementId'>,
  today: IsoDay,
): OverbookCheck {
  const result: OverbookCheck = { overbookedDays: [], atRiskDays: [] };
  const kind = loadClass(candidate, today);
  if (kind === null || candidate.endDate < candidate.startDate) return result;
  const others = bookings.filter((b) => b.id !== candidate.id);
  const range = occupancyRange(placement, others, candidate.startDate, candidate.endDate, today);
  const own = new Float64Array(range.length);
  addDemandInto(candidate, range.startDayNumber, range.capacity, own);
  for (let i = 0; i < range.length; i++) {
    const load = own[i] ?? 0;
    if (load <= 0) continue;
    const capacity = range.capacity[i] ?? 0;
    const confirmed = (range.confirmed[i] ?? 0) + (kind === 'confirmed' ? load : 0);
    const taken = confirmed + (range.held[i] ?? 0) + (kind === 'held' ? load : 0);
    // An option never sells: over capacity it puts the day at risk, whatever is already sold.
    if (kind === 'confirmed' && confirmed > capacity) {
      result.overbookedDays.push({
        day: fromDayNumber(range.startDayNumber + i),
        excess: confirmed - capacity,
      });
    } else if (taken > capacity) {
      result.atRiskDays.push({ day: fromDayNumber(range.startDayNumber + i), excess: taken - capacity });
    }
  }
  return result;
}
