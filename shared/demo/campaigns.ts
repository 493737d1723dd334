/** Campaigns: who buys, when, on which sites, and in which status. */
import type { Advertiser, CampaignStatus } from '../domain/model.ts';
import { type DemoContext, OPTION_EXPIRY_DAYS, dayString, stamp } from './context.ts';
import { CAMPAIGN_NOTES, CAMPAIGN_THEMES } from './campaign-names.ts';
import type { Random } from './random.ts';
import { clamp, cumulativeOf, drawCumulative } from './sampling.ts';

export function makeCampaigns(ctx: DemoContext, rng: Random): void {
  const total = ctx.spec.bookings;
  const nCampaigns = total === 0 ? 0 : clamp(Math.round(total / 6.67), 1, total);
  // A few advertisers buy a lot, most buy a little.
  const advertiserWeights = cumulativeOf(ctx.advertisers.map((_, i) => 1 / (i + 1) ** 0.5));
  const siteWeights = cumulativeOf(ctx.sites.map((s) => 0.2 + s.audience));
  const futureStart = ctx.today + OPTION_EXPIRY_DAYS.min;
  const canPropose = futureStart <= ctx.last;

  for (let i = 0; i < nCampaigns; i++) {
    const advertiserIndex = drawCumulative(rng, advertiserWeights);
    const advertiser = ctx.advertisers[advertiserIndex] as Advertiser;
    let status = rng.weighted<CampaignStatus>([
      ['confirmed', 60],
      ['proposal', 20],
      ['draft', 8],
      ['cancelled', 12],
    ]);
    if (!canPropose && (status === 'proposal' || status === 'draft')) status = 'confirmed';

    const length = rng.int(14, 75);
    const earliest = status === 'proposal' || status === 'draft' ? futureStart : ctx.first;
    // More is sold in the coming weeks than a year ahead: starts lean towards the period's beginning.
    const latest = Math.max(earliest, ctx.last - 6);
    const first = earliest + Math.floor(rng.next() ** 1.4 * (latest - earliest + 1));
    const last = Math.min(ctx.last, first + length - 1);

    const agencyIndex = ctx.advertiserAgency[advertiserIndex] ?? null;
    const agency = agencyIndex === null ? undefined : ctx.agencies[agencyIndex];
    const month = Number(dayString(ctx, first).slice(5, 7));
    const themes = CAMPAIGN_THEMES.filter(([, months]) => months.length === 0 || months.includes(month));
    const theme = rng.pick(themes.length > 0 ? themes : CAMPAIGN_THEMES)[0];
    const nSites = Math.min(
      ctx.sites.length,
      rng.weighted([
        [1, 60],
        [2, 30],
        [3, 10],
      ] as const),
    );
    const siteIndices: number[] = [];
    while (siteIndices.length < nSites) {
      const s = drawCumulative(rng, siteWeights);
      if (!siteIndices.includes(s)) siteIndices.push(s);
    }

    ctx.campaigns.push({
      campaign: {
        id: ctx.nextId(),
        version: 0,
        updatedAt: stamp(ctx, rng, 45),
        name: `${advertiser.name} – ${theme} ${dayString(ctx, first).slice(0, 4)}`,
        advertiserId: advertiser.id,
        agencyId: agency?.id ?? null,
        currency: 'EUR',
        agencyCommissionPct: agency?.defaultCommissionPct ?? 0,
        status,
        notes: rng.chance(0.3) ? rng.pick(CAMPAIGN_NOTES) : '',
      },
      status,
      first,
      last,
      siteIndices,
    });
  }
}
