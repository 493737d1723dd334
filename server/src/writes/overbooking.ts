/**
 * The server refuses any write that would sell a placement beyond its capacity on some day, using
 * the shared `wouldOverbook` and `occupancyRange`. It refuses what a write makes worse, not what
 * was already so: shrinking a booking on an overbooked day, or editing its notes, goes through.
 * Options over capacity are allowed (they put a day "at risk", a warning the planner shows).
 */
import { wouldOverbook, type DayExcess } from '../../../shared/domain/availability.ts';
import { fromDayNumber, maxDay, minDay } from '../../../shared/domain/days.ts';
import { loadClass } from '../../../shared/domain/load.ts';
import type { Booking, IsoDay, Placement } from '../../../shared/domain/model.ts';
import { occupancyRange } from '../../../shared/domain/occupancy.ts';
import { sameJson } from './canonical-json.ts';
import type { WorkingSet } from './working-set.ts';

/** Days where `after` is over capacity by more than `before` was. */
function worsened(after: readonly DayExcess[], before: readonly DayExcess[]): DayExcess[] {
  const previous = new Map(before.map((d) => [d.day, d.excess]));
  return after.filter((d) => d.excess > (previous.get(d.day) ?? 0));
}

/** The days a booking, written as `next` (over `previous` when it existed), would overbook. */
export async function bookingOverbooks(
  ws: WorkingSet,
  next: Booking,
  previous: Booking | undefined,
  today: IsoDay,
): Promise<DayExcess[]> {
  // Only a sold booking can overbook; an option over capacity is a hold, allowed.
  if (loadClass(next, today) !== 'confirmed' || next.endDate < next.startDate) return [];
  const placement = await ws.live<Placement>('placements', next.placementId);
  if (!placement) return [];
  const bookings = await ws.liveBookingsOf<Booking>(next.placementId);
  const after = wouldOverbook(placement, bookings, next, today).overbookedDays;
  if (after.length === 0) return after;
  const samePlacement = previous !== undefined && previous.placementId === next.placementId;
  const before = samePlacement ? wouldOverbook(placement, bookings, previous, today).overbookedDays : [];
  return worsened(after, before);
}

/**
 * The days, from today on, that a change of a placement's capacity would overbook with the
 * confirmed bookings it already has. Past days are history: a new forecast does not rewrite them.
 */
export async function capacityOverbooks(
  ws: WorkingSet,
  next: Placement,
  previous: Placement,
  today: IsoDay,
): Promise<DayExcess[]> {
  if (sameJson(next.capacity, previous.capacity)) return [];
  const bookings = (await ws.liveBookingsOf<Booking>(next.id)).filter(
    (b) => loadClass(b, today) === 'confirmed' && b.endDate >= today && b.startDate <= b.endDate,
  );
  if (bookings.length === 0) return [];
  const start = maxDay(today, minDay(today, ...bookings.map((b) => b.startDate)));
  const end = maxDay(today, ...bookings.map((b) => b.endDate));
  return worsened(
    excessDays(next, bookings, start, end, today),
    excessDays(previous, bookings, start, end, today),
  );
}

function excessDays(
  placement: Placement,
  bookings: readonly Booking[],
  start: IsoDay,
  end: IsoDay,
  today: IsoDay,
): DayExcess[] {
  const range = occupancyRange(placement, bookings, start, end, today);
  const days: DayExcess[] = [];
  for (let i = 0; i < range.length; i++) {
    const excess = (range.confirmed[i] ?? 0) - (range.capacity[i] ?? 0);
    if (excess > 0) days.push({ day: fromDayNumber(range.startDayNumber + i), excess });
  }
  return days;
}
