/**
 * One row per campaign for the campaigns table: its parties, how many lines it has, the days it
 * covers and its totals from the shared pricing rules. Pure, so it is tested on its own.
 */
import { campaignTotals, type BookingPrice, type CampaignTotals } from '@shared/domain/pricing.ts';
import type { Advertiser, Agency, Booking, Campaign, IsoDay } from '@shared/domain/model.ts';

export interface CampaignRow {
  id: string;
  campaign: Campaign;
  advertiserName: string;
  agencyName: string;
  bookingCount: number;
  /** First and last day of its lines that are part of the order (any line when none is); null without lines. */
  firstDay: IsoDay | null;
  lastDay: IsoDay | null;
  totals: CampaignTotals;
}

export interface PricedBookingLine {
  booking: Booking;
  /** Null when the placement is missing: the line cannot be priced and counts for nothing. */
  price: BookingPrice | null;
}

export interface CampaignRowSources {
  campaigns: readonly Campaign[];
  advertiserById: ReadonlyMap<string, Advertiser>;
  agencyById: ReadonlyMap<string, Agency>;
  lines: readonly PricedBookingLine[];
  today: IsoDay;
  vatPct: number;
}

const takesPart = (b: Booking) => b.status === 'option' || b.status === 'confirmed';

/** Totals of one campaign's lines (cancelled, expired and lapsed options left out by `campaignTotals`). */
export function totalsOf(
  campaign: Pick<Campaign, 'agencyCommissionPct'>,
  lines: readonly PricedBookingLine[],
  today: IsoDay,
  vatPct: number,
): CampaignTotals {
  const priced = lines.flatMap((line) => (line.price ? [{ booking: line.booking, price: line.price }] : []));
  return campaignTotals(priced, { agencyCommissionPct: campaign.agencyCommissionPct, vatPct, today });
}

export function buildCampaignRows(sources: CampaignRowSources): CampaignRow[] {
  const linesByCampaign = new Map<string, PricedBookingLine[]>();
  for (const line of sources.lines) {
    const list = linesByCampaign.get(line.booking.campaignId) ?? [];
    list.push(line);
    linesByCampaign.set(line.booking.campaignId, list);
  }
  return sources.campaigns.map((campaign) => {
    const lines = linesByCampaign.get(campaign.id) ?? [];
    const active = lines.filter((line) => takesPart(line.booking));
    const spanned = active.length > 0 ? active : lines;
    let firstDay: IsoDay | null = null;
    let lastDay: IsoDay | null = null;
    for (const { booking } of spanned) {
      if (firstDay === null || booking.startDate < firstDay) firstDay = booking.startDate;
      if (lastDay === null || booking.endDate > lastDay) lastDay = booking.endDate;
    }
    return {
      id: campaign.id,
      campaign,
      advertiserName: sources.advertiserById.get(campaign.advertiserId)?.name ?? '',
      agencyName: campaign.agencyId ? (sources.agencyById.get(campaign.agencyId)?.name ?? '') : '',
      bookingCount: lines.length,
      firstDay,
      lastDay,
      totals: totalsOf(campaign, lines, sources.today, sources.vatPct),
    };
  });
}

/** Sum of `pick(totals)` per currency, currencies in alphabetical order (a footer can't add euros to francs). */
export function sumByCurrency(
  rows: readonly Pick<CampaignRow, 'campaign' | 'totals'>[],
  pick: (totals: CampaignTotals) => number,
): { currency: string; cents: number }[] {
  const sums = new Map<string, number>();
  for (const row of rows)
    sums.set(row.campaign.currency, (sums.get(row.campaign.currency) ?? 0) + pick(row.totals));
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, cents]) => ({ currency, cents }));
}
