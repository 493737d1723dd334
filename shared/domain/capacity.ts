/**
 * How much of a placement can be sold on a given day, in the placement's own unit.
 */
import { isValidDay, toDayNumber, weekdayOfDayNumber } from './days.ts';
import type { IsoDay, Placement, Volume } from './model.ts';

export type CapacityUnit = 'slots' | 'impressions';

export function capacityUnit(placement: Pick<Placement, 'capacity'>): CapacityUnit {
  return placement.capacity.kind;
}

/** Whether a volume is counted in the placement's unit: slots on slots, impressions or SOV on impressions. */
export function volumeFitsCapacity(
  volume: Pick<Volume, 'kind'>,
  placement: Pick<Placement, 'capacity'>,
): boolean {
  return (placement.capacity.kind === 'slots') === (volume.kind === 'slots');
}

/**
 * Slots per day, or the impressions forecast: a per-date override when there is one (holidays,
 * events), otherwise the base forecast scaled by the weekday profile, rounded to the nearest
 * impression (halves up).
 */
export function capacityOn(placement: Pick<Placement, 'capacity'>, day: IsoDay): number {
  const capacity = placement.capacity;
  if (capacity.kind === 'slots') return capacity.slotsPerDay;
  const override = capacity.overrides[day];
  if (override !== undefined) return override;
  const weekday = weekdayOfDayNumber(toDayNumber(day));
  return Math.round((capacity.dailyForecast * (capacity.weekdayProfile[weekday] ?? 100)) / 100);
}

/** `capacityOn` for each day from `start` to `end` inclusive (empty when `end` is before `start`). */
export function capacitiesOver(
  placement: Pick<Placement, 'capacity'>,
  start: IsoDay,
  end: IsoDay,
): Float64Array {
  const first = toDayNumber(start);
  return capacitiesInto(placement, first, new Float64Array(Math.max(0, toDayNumber(end) - first + 1)));
}

/**
 * `capacityOn` for each day of `out`, its first being day number `firstDayNumber`: written in place,
 * so the occupancy index fills its rows without a temporary array per placement.
 */
export function capacitiesInto(
  placement: Pick<Placement, 'capacity'>,
  firstDayNumber: number,
  out: Float64Array,
): Float64Array {
  const capacity = placement.capacity;
  if (capacity.kind === 'slots') return out.fill(capacity.slotsPerDay);
  const byWeekday = capacity.weekdayProfile.map((pct) => Math.round((capacity.dailyForecast * pct) / 100));
  // One week written, then copied over and over (doubling): a memory copy rather than a loop per day.
  const weekday = weekdayOfDayNumber(firstDayNumber);
  for (let i = 0; i < Math.min(7, out.length); i++)
    out[i] = byWeekday[(weekday + i) % 7] ?? capacity.dailyForecast;
  for (let filled = 7; filled < out.length; filled *= 2) out.copyWithin(filled, 0, filled);
  // Place the few overrides by day number rather than formatting every day of the range to look them up.
  for (const [day, forecast] of Object.entries(capacity.overrides)) {
    if (!isValidDay(day)) continue;
    const i = toDayNumber(day) - firstDayNumber;
    if (i >= 0 && i < out.length) out[i] = forecast;
  }
  return out;
}
