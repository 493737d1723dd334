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
  const out = new Float64Array(Math.max(0, toDayNumber(end) - first + 1));
  const capacity = placement.capacity;
  if (capacity.kind === 'slots') return out.fill(capacity.slotsPerDay);
  const byWeekday = capacity.weekdayProfile.map((pct) => Math.round((capacity.dailyForecast * pct) / 100));
  let weekday = weekdayOfDayNumber(first);
  for (let i = 0; i < out.length; i++) {
    out[i] = byWeekday[weekday] ?? capacity.dailyForecast;
    weekday = weekday === 6 ? 0 : weekday + 1;
  }
  // Place the few overrides by day number rather than formatting every day of the range to look them up.
  for (const [day, forecast] of Object.entries(capacity.overrides)) {
    if (!isValidDay(day)) continue;
    const i = toDayNumber(day) - first;
    if (i >= 0 && i < out.length) out[i] = forecast;
  }
  return out;
}
