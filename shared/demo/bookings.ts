/** Booking lines of the campaigns, placed so that confirmed lines never overbook. */
import type { BookingStatus, CampaignStatus, RateModel, Volume } from '../domain/model.ts';
import {
  type CampaignPlan,
  type DemoContext,
  OPTION_EXPIRY_DAYS,
  type PlacementInfo,
  type SiteInfo,
  dayString,
  stamp,
} from './context.ts';
import { BOOKING_NOTES } from './campaign-names.ts';
import { addLoad, anyVolume, fits, fittingVolume } from './occupancy.ts';
import type { Random, Weighted } from './random.ts';
import { distribute, drawCumulative } from './sampling.ts';

type LineIntent = { status: BookingStatus; pastExpiry: boolean };
const CONFIRMED_CAMPAIGN_LINES: readonly Weighted<BookingStatus>[] = [
  ['confirmed', 85],
  ['option', 10],
  ['cancelled', 5],
];
const PROPOSAL_LINES: readonly Weighted<LineIntent>[] = [
  [{ status: 'option', pastExpiry: false }, 78],
  [{ status: 'option', pastExpiry: true }, 12],
  [{ status: 'expired', pastExpiry: true }, 10],
];
/** Slot placements (skins, interstitials) sell by the day or the week. */
const SLOT_BOOKING_DAYS: readonly Weighted<number>[] = [
  [1, 25],
  [2, 10],
  [3, 15],
  [5, 10],
  [7, 25],
  [14, 15],
];
/** Impression lines run from a week to a month and a half. */
const IMPRESSION_BOOKING_DAYS: readonly Weighted<readonly [number, number]>[] = [
  [[7, 7], 10],
  [[14, 14], 20],
  [[10, 31], 40],
  [[28, 45], 30],
];
const DISCOUNTS: readonly Weighted<number>[] = [
  [0, 50],
  [5, 15],
  [10, 15],
  [15, 10],
  [20, 5],
  [7.5, 3],
  [12.5, 2],
];

export function makeBookings(ctx: DemoContext, rng: Random): void {
  const nCampaigns = ctx.campaigns.length;
  if (nCampaigns === 0) return;
  const counts = distribute(
    rng,
    ctx.spec.bookings,
    ctx.campaigns.map(() => rng.float(0.3, 1.6) ** 2),
    ctx.campaigns.map(() => Infinity),
    1,
  );
  // Sold campaigns take their inventory first; proposals and drafts hold what is left.
  const order: readonly CampaignStatus[] = ['confirmed', 'cancelled', 'proposal', 'draft'];
  for (const status of order) {
    ctx.campaigns.forEach((plan, c) => {
      if (plan.status !== status) return;
      const count = counts[c] ?? 1;
      for (let i = 0; i < count; i++) makeBooking(ctx, rng, plan);
    });
  }
}

/** What a line of a campaign in this status should be. */
function intendedStatus(rng: Random, plan: CampaignPlan): LineIntent {
  switch (plan.status) {
    case 'confirmed': {
      return { status: rng.weighted(CONFIRMED_CAMPAIGN_LINES), pastExpiry: false };
    }
    case 'proposal':
      return rng.weighted(PROPOSAL_LINES);
    case 'draft':
      return rng.chance(0.1)
        ? { status: 'option', pastExpiry: true }
        : { status: 'option', pastExpiry: false };
    case 'cancelled':
      return rng.chance(0.75)
        ? { status: 'cancelled', pastExpiry: false }
        : { status: 'expired', pastExpiry: true };
  }
}

function pickPlacement(ctx: DemoContext, rng: Random, plan: CampaignPlan): number {
  const site = ctx.sites[rng.pick(plan.siteIndices)] as SiteInfo;
  return site.placementIndices[drawCumulative(rng, site.cumulativeDemand)] as number;
}

function pickRange(rng: Random, plan: CampaignPlan, slots: boolean): [number, number] {
  const [min, max] = rng.weighted(IMPRESSION_BOOKING_DAYS);
  const length = slots ? rng.weighted(SLOT_BOOKING_DAYS) : rng.int(min, max);
  const start = rng.int(plan.first, Math.max(plan.first, plan.last - length + 1));
  return [start, Math.min(plan.last, start + length - 1)];
}
export function rateFor(
  ctx: DemoContext,
  rng: Random,
  p: number,
): { rateModel: RateModel; rateCents: number } {
  const info = ctx.placements[p] as PlacementInfo;
  const card = info.placement.rateCard;
  let rateModel: RateModel;
  if (info.slots) rateModel = card.flat !== undefined && rng.chance(0.25) ? 'flat' : 'cpd';
  else rateModel = card.cpc !== undefined && rng.chance(0.3) ? 'cpc' : 'cpm';
  const listed = card[rateModel] ?? 0;
  // Now and then a negotiated rate, 10 % under the card.
  const rateCents = rng.chance(0.1) ? Math.round(listed * 0.9) : listed;
  return { rateModel, rateCents };
}

export function expiry(ctx: DemoContext, rng: Random, start: number, pastExpiry: boolean): number {
  if (pastExpiry) return Math.min(start - rng.int(0, 5), ctx.today - rng.int(1, 12));
  return Math.min(start, ctx.today + rng.int(OPTION_EXPIRY_DAYS.min, OPTION_EXPIRY_DAYS.max));
}

function makeBooking(ctx: DemoContext, rng: Random, plan: CampaignPlan): void {
  const intent = intendedStatus(rng, plan);
  const pastExpiry = intent.pastExpiry;
  let status = intent.status;
  const liveFrom = ctx.today + OPTION_EXPIRY_DAYS.min;
  let placed: { p: number; first: number; last: number; volume: Volume } | null = null;
  let fallback: { p: number; first: number; last: number } | null = null;

  for (let attempt = 0; attempt < 10 && placed === null; attempt++) {
    const p = pickPlacement(ctx, rng, plan);
    const [first, last] = pickRange(rng, plan, (ctx.placements[p] as PlacementInfo).slots);
    fallback ??= { p, first, last };
    // A live option must start after its expiry, a few days from now at the earliest.
    let lineStatus = status;
    if (lineStatus === 'option' && !pastExpiry && first < liveFrom) lineStatus = 'confirmed';
    if (lineStatus === 'confirmed' || lineStatus === 'option') {
      // Shrink the line before giving up on this placement and range.
      let volume = fittingVolume(ctx, rng, p, first, last);
      if (volume === null && last > first) {
        volume = fittingVolume(ctx, rng, p, first, first + ((last - first) >> 1));
      }
      if (volume === null) continue;
      status = lineStatus;
      const end = fits(ctx, p, volume, first, last) ? last : first + ((last - first) >> 1);
      placed = { p, first, last: end, volume };
    } else {
      placed = { p, first, last, volume: anyVolume(ctx, rng, p, first, last) };
    }
  }

  if (placed === null) {
    // Nothing fits: the line was dropped for lack of inventory.
    const { p, first, last } = fallback as { p: number; first: number; last: number };
    status = 'cancelled';
    placed = { p, first, last, volume: anyVolume(ctx, rng, p, first, last) };
  }

  const { p, first, last, volume } = placed;
  const info = ctx.placements[p] as PlacementInfo;
  const optionExpiresOn =
    status === 'option' || status === 'expired' ? dayString(ctx, expiry(ctx, rng, first, pastExpiry)) : null;
  if (status === 'confirmed') addLoad(ctx, p, volume, first, last, ctx.confirmed);
  if (status === 'option') addLoad(ctx, p, volume, first, last, ctx.held);

  ctx.bookings.push({
    booking: {
      id: ctx.nextId(),
      version: 0,
      updatedAt: stamp(ctx, rng, 30),
      campaignId: plan.campaign.id,
      placementId: info.placement.id,
      format: rng.pick(info.placement.formats),
      startDate: dayString(ctx, first),
      endDate: dayString(ctx, last),
      status,
      optionExpiresOn,
      volume,
      ...rateFor(ctx, rng, p),
      discountPct: rng.weighted(DISCOUNTS),
      notes: rng.chance(0.15) ? rng.pick(BOOKING_NOTES) : '',
    },
    placementIndex: p,
    first,
    last,
  });
}
