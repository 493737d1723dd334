/**
 * Occupancy of a placement: per day, its capacity and the load of the bookings taking it, sold
 * (confirmed) and held (live options) kept apart so the grid can show both.
 */
import { capacitiesOver, capacityOn } from './capacity.ts';
import { rangesOverlap, toDayNumber } from './days.ts';
import { addDemandInto, demandOn, loadClass } from './load.ts';
import type { Booking, IsoDay, Placement } from './model.ts';

export type OccupancyBooking = Pick<
  Booking,
  'placementId' | 'startDate' | 'endDate' | 'volume' | 'status' | 'optionExpiresOn'
>;
export type OccupancyPlacement = Pick<Placement, 'id' | 'capacity'>;

export const OCCUPANCY_STATES = ['free', 'filling', 'full', 'at_risk', 'overbooked'] as const;
export type OccupancyState = (typeof OCCUPANCY_STATES)[number];

export interface DayOccupancy {
  capacity: number;
  confirmed: number;
  held: number;
  /** What can still be sold: capacity minus confirmed and held, never below 0. */
  free: number;
  /** confirmed / capacity (may exceed 1). */
  ratio: number;
  /** held / capacity. */
  heldRatio: number;
  state: OccupancyState;
}

/**
 * Overbooked (sold beyond capacity: a hard error) wins over at risk (options beyond capacity: a
 * warning), then full, filling, free. A day with no capacity and nothing booked is full: there
 * is nothing left to sell.
 */
export function occupancyState(capacity: number, confirmed: number, held: number): OccupancyState {
  if (confirmed > capacity) return 'overbooked';
  const taken = confirmed + held;
  if (taken > capacity) return 'at_risk';
  if (taken === capacity) return 'full';
  return taken > 0 ? 'filling' : 'free';
}

// A day with no capacity (a holiday override at 0) has an infinite ratio as soon as anything is on it.
function share(load: number, capacity: number): number {
  if (capacity > 0) return load / capacity;
  return load > 0 ? Number.POSITIVE_INFINITY : 0;
}

/** The full occupancy record from a day's three figures. */
export function dayOccupancy(capacity: number, confirmed: number, held: number): DayOccupancy {
  return {
    capacity,
    confirmed,
    held,
    free: Math.max(0, capacity - confirmed - held),
    ratio: share(confirmed, capacity),
    heldRatio: share(held, capacity),
    state: occupancyState(capacity, confirmed, held),
  };
}

/**
 * Occupancy of `placement` on `day`. Bookings of other placements, cancelled or expired bookings
 * and options past their expiry on `today` are ignored, so callers may pass any booking list.
 */
export function occupancyOn(
  placement: OccupancyPlacement,
  bookings: readonly OccupancyBooking[],
  day: IsoDay,
  today: IsoDay,
): DayOccupancy {
  let confirmed = 0;
  let held = 0;
  for (const booking of bookings) {
    if (booking.placementId !== placement.id || day < booking.startDate || day > booking.endDate) continue;
    const kind = loadClass(booking, today);
    if (kind === 'confirmed') confirmed += demandOn(booking, placement, day);
    else if (kind === 'held') held += demandOn(booking, placement, day);
  }
  return dayOccupancy(capacityOn(placement, day), confirmed, held);
}

/** One series per figure, slot `i` being day `start + i`. */
export interface OccupancyRange {
  start: IsoDay;
  end: IsoDay;
  /** Day number of `start`, to map a day number `n` to slot `n - startDayNumber`. */
  startDayNumber: number;
  length: number;
  capacity: Float64Array;
  confirmed: Float64Array;
  held: Float64Array;
}

/**
 * `occupancyOn` for every day from `start` to `end` inclusive, built in one pass over the
 * bookings (each adds its load to the days it shares with the range), so a calendar row costs
 * O(bookings + days) rather than O(bookings × days). Float64Array keeps integer sums exact far
 * beyond what an Int32Array could hold in impressions.
 */
export function occupancyRange(
  placement: OccupancyPlacement,
  bookings: readonly OccupancyBooking[],
  start: IsoDay,
  end: IsoDay,
  today: IsoDay,
): OccupancyRange {
  const startDayNumber = toDayNumber(start);
  const capacity = capacitiesOver(placement, start, end);
  const confirmed = new Float64Array(capacity.length);
  const held = new Float64Array(capacity.length);
  for (const booking of bookings) {
    if (booking.placementId !== placement.id) continue;
    if (!rangesOverlap(booking.startDate, booking.endDate, start, end)) continue;
    const kind = loadClass(booking, today);
    if (kind === null) continue;
    addDemandInto(booking, startDayNumber, capacity, kind === 'confirmed' ? confirmed : held);
  }
  return { start, end, startDayNumber, length: capacity.length, capacity, confirmed, held };
}

/** The occupancy record of slot `i` of a range (undefined outside it). */
export function occupancyAt(range: OccupancyRange, i: number): DayOccupancy | undefined {
  if (!Number.isInteger(i) || i < 0 || i >= range.length) return undefined;
  return dayOccupancy(range.capacity[i] ?? 0, range.confirmed[i] ?? 0, range.held[i] ?? 0);
}
