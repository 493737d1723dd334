/** Options placed on top of sold inventory, so the grid has "at risk" days. */
import { fromDayNumber as isoDay } from '../domain/days.ts';
import type { Volume } from '../domain/model.ts';
import { type DemoContext, OPTION_EXPIRY_DAYS, type PlacementInfo, dayString } from './context.ts';
import { expiry, rateFor } from './bookings.ts';
import { addLoad, remainingAt } from './occupancy.ts';
import type { Random } from './random.ts';

/**
 * Moves a few live options of proposals onto inventory already sold to someone else, sized so
 * that confirmed + options exceed capacity on each of their days: the grid's "at risk" warnings.
 * Confirmed load is untouched, so nothing is overbooked.
 */
export function makeAtRiskOptions(ctx: DemoContext, rng: Random): void {
  const liveFrom = ctx.today + OPTION_EXPIRY_DAYS.min;
  const wanted = Math.max(2, Math.round(Math.sqrt(ctx.spec.bookings) / 3));
  const todayString = isoDay(ctx.today);
  const campaignStatus = new Map(ctx.campaigns.map((c) => [c.campaign.id, c.status]));
  const options = rng.shuffle(
    ctx.bookings.filter(
      (b) =>
        b.booking.status === 'option' &&
        b.booking.optionExpiresOn !== null &&
        b.booking.optionExpiresOn >= todayString &&
        campaignStatus.get(b.booking.campaignId) !== 'confirmed',
    ),
  );
  // Contest inventory of the coming weeks, where the planner looks first.
  const contested = ctx.bookings.filter((b) => b.booking.status === 'confirmed' && b.last >= liveFrom);
  const soon = contested.filter((b) => b.first <= ctx.today + 45);
  const sold = soon.length > 0 ? soon : contested;
  if (sold.length === 0) return;

  for (const option of options.slice(0, wanted)) {
    const target = rng.pick(sold);
    const p = target.placementIndex;
    const info = ctx.placements[p] as PlacementInfo;
    const first = Math.max(target.first, liveFrom);
    const last = Math.min(target.last, first + rng.int(0, 6));
    const nDays = last - first + 1;

    let maxRemaining = 0;
    let maxShare = 0;
    let maxCapacity = 0;
    for (let day = first; day <= last; day++) {
      const capacity = ctx.capacity[p * ctx.days + (day - ctx.first)] as number;
      const remaining = Math.max(0, remainingAt(ctx, p, day));
      maxRemaining = Math.max(maxRemaining, remaining);
      maxCapacity = Math.max(maxCapacity, capacity);
      if (capacity > 0) maxShare = Math.max(maxShare, (remaining / capacity) * 100);
    }
    let volume: Volume;
    if (info.slots) {
      volume = { kind: 'slots', slots: (info.placement.capacity as { slotsPerDay: number }).slotsPerDay };
    } else {
      const pct = Math.ceil((maxShare + 10) / 5) * 5;
      volume =
        pct <= 90
          ? { kind: 'sov', pct }
          : {
              kind: 'impressions',
              goal: Math.ceil(((maxRemaining + 0.15 * maxCapacity) * nDays) / 1_000) * 1_000,
            };
    }

    // Release what the option held before, then hold the contested range.
    const previous = option.booking;
    addLoad(ctx, option.placementIndex, previous.volume, option.first, option.last, ctx.held, -1);
    addLoad(ctx, p, volume, first, last, ctx.held);
    option.placementIndex = p;
    option.first = first;
    option.last = last;
    option.booking = {
      ...previous,
      placementId: info.placement.id,
      format: rng.pick(info.placement.formats),
      startDate: dayString(ctx, first),
      endDate: dayString(ctx, last),
      optionExpiresOn: dayString(ctx, expiry(ctx, rng, first, false)),
      volume,
      ...rateFor(ctx, rng, p),
      notes: 'Option en concurrence avec une réservation ferme : à arbitrer.',
    };
  }
}
