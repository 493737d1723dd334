/**
 * What a booking takes from its placement on each of its days, in the placement's unit.
 *
 * "Demand" is what the booking's volume asks for, whatever its status (a price or a cancelled
 * line still needs it); "load" is the capacity it actually takes: only options and confirmed
 * bookings take any, and an option stops holding the day after `optionExpiresOn` even if the
 * release has not yet rewritten its status to `expired`.
 */
import { capacitiesOver, capacityOn } from './capacity.ts';
import { toDayNumber } from './days.ts';
import type { Booking, IsoDay, Placement, Volume } from './model.ts';

export type LoadBooking = Pick<Booking, 'startDate' | 'endDate' | 'volume' | 'status'>;
export type LoadPlacement = Pick<Placement, 'capacity'>;
/** How a live booking counts in occupancy: sold, or held by an option. */
export type LoadClass = 'confirmed' | 'held';

/** Whether the booking's status lets it take capacity at all. */
export function takesCapacity(booking: Pick<Booking, 'status'>): boolean {
  return booking.status === 'option' || booking.status === 'confirmed';
}

/**
 * Whether the booking takes capacity on `today`: confirmed, or an option not yet past its expiry.
 * An option with no expiry (invalid, flagged by validation) keeps holding: losing a hold silently
 * is worse than showing one too many.
 */
export function isLive(booking: Pick<Booking, 'status' | 'optionExpiresOn'>, today: IsoDay): boolean {
  if (booking.status === 'confirmed') return true;
  if (booking.status !== 'option') return false;
  return booking.optionExpiresOn === null || today <= booking.optionExpiresOn;
}

/** `confirmed` or `held` for a live booking, null for one that takes nothing on `today`. */
export function loadClass(
  booking: Pick<Booking, 'status' | 'optionExpiresOn'>,
  today: IsoDay,
): LoadClass | null {
  if (!isLive(booking, today)) return null;
  return booking.status === 'confirmed' ? 'confirmed' : 'held';
}

/** Share of voice in basis points, clamped to 0–100 % so a bad figure can never exceed capacity. */
function sovBasisPoints(pct: number): number {
  return Math.min(10_000, Math.max(0, Math.round(pct * 100)));
}

/**
 * The demand on the `index`-th day (0-based) of a booking lasting `days` days, given that day's
 * capacity (read only for a share of voice). An impressions goal is split into whole impressions,
 * the remainder going one by one to the first days, so the days add up to the goal exactly.
 * A share of voice rounds down: a booking never promises a fraction of an impression it cannot serve.
 */
function demandAt(volume: Volume, index: number, days: number, capacity: number): number {
  switch (volume.kind) {
    case 'slots':
      return Math.max(0, volume.slots);
    case 'impressions': {
      const goal = Math.max(0, volume.goal);
      const base = Math.floor(goal / days);
      return index < goal - base * days ? base + 1 : base;
    }
    case 'sov': {
      const scaled = Math.max(0, capacity) * sovBasisPoints(volume.pct);
      return (scaled - (scaled % 10_000)) / 10_000;
    }
  }
}

/** What the booking's volume asks for on `day`, whatever its status; 0 outside its dates. */
export function demandOn(booking: LoadBooking, placement: LoadPlacement, day: IsoDay): number {
  const start = toDayNumber(booking.startDate);
  const days = toDayNumber(booking.endDate) - start + 1;
  const index = toDayNumber(day) - start;
  if (index < 0 || index >= days) return 0;
  const capacity = booking.volume.kind === 'sov' ? capacityOn(placement, day) : 0;
  return demandAt(booking.volume, index, days, capacity);
}

/** `demandOn` for each day of the booking, first day first; empty when its dates are reversed. */
export function demandsOver(booking: LoadBooking, placement: LoadPlacement): number[] {
  const start = toDayNumber(booking.startDate);
  const days = Math.max(0, toDayNumber(booking.endDate) - start + 1);
  const capacities =
    booking.volume.kind === 'sov' && days > 0
      ? capacitiesOver(placement, booking.startDate, booking.endDate)
      : undefined;
  const out: number[] = [];
  for (let i = 0; i < days; i++) out.push(demandAt(booking.volume, i, days, capacities?.[i] ?? 0));
  return out;
}

/** The booking's whole demand: impressions, slot-days… the quantity its price is based on. */
export function totalDemand(booking: LoadBooking, placement: LoadPlacement): number {
  return demandsOver(booking, placement).reduce((sum, n) => sum + n, 0);
}

/** Capacity the booking takes on `day`: its demand if it is an option or confirmed, else 0. */
export function loadOn(booking: LoadBooking, placement: LoadPlacement, day: IsoDay): number {
  return takesCapacity(booking) ? demandOn(booking, placement, day) : 0;
}

/** `loadOn` for each day of the booking, first day first (all zeros when cancelled or expired). */
export function loadsOver(booking: LoadBooking, placement: LoadPlacement): number[] {
  const demands = demandsOver(booking, placement);
  return takesCapacity(booking) ? demands : demands.map(() => 0);
}

/**
 * Adds the booking's demand into `target`, whose slot 0 is day number `rangeStart`, for the days
 * the booking and the range share. `capacities` are the placement's capacities over the same
 * range (read for shares of voice). Status is not checked: the caller decides which series the
 * booking belongs to. This is what lets a calendar fill a range in one pass over the bookings.
 */
export function addDemandInto(
  booking: Pick<Booking, 'startDate' | 'endDate' | 'volume'>,
  rangeStart: number,
  capacities: ArrayLike<number>,
  target: Float64Array,
): void {
  const start = toDayNumber(booking.startDate);
  const end = toDayNumber(booking.endDate);
  const days = end - start + 1;
  const from = Math.max(start, rangeStart);
  const to = Math.min(end, rangeStart + target.length - 1);
  const volume = booking.volume;
  if (volume.kind === 'slots') {
    // The same figure every day: the loop the calendar runs most, kept free of demandAt's switch.
    const slots = Math.max(0, volume.slots);
    for (let j = from - rangeStart; j <= to - rangeStart; j++) target[j] = (target[j] ?? 0) + slots;
    return;
  }
  for (let n = from; n <= to; n++) {
    const j = n - rangeStart;
    target[j] = (target[j] ?? 0) + demandAt(volume, n - start, days, capacities[j] ?? 0);
  }
}
