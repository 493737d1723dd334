/**
 * Bookings joined with what the tables show about them (campaign, advertiser, site, section,
 * placement) and their price from the shared pricing rules. Pure, so it is tested on its own.
 */
import { bookingPrice, campaignTotals, type BookingPrice } from '@shared/domain/pricing.ts';
import type {
  Advertiser,
  Booking,
  Campaign,
  IsoDay,
  Placement,
  Section,
  Site,
} from '@shared/domain/model.ts';

export interface BookingRow {
  id: string;
  booking: Booking;
  campaign: Campaign | undefined;
  advertiser: Advertiser | undefined;
  placement: Placement | undefined;
  site: Site | undefined;
  section: Section | undefined;
  /** Null when the placement is missing (not synced yet, or deleted elsewhere). */
  price: BookingPrice | null;
  currency: string;
  campaignName: string;
  advertiserName: string;
  siteName: string;
  /** "Site / Section / Placement": unique enough to group by. */
  placementPath: string;
}

export interface BookingRowSources {
  bookings: readonly Booking[];
  campaignById: ReadonlyMap<string, Campaign>;
  advertiserById: ReadonlyMap<string, Advertiser>;
  placementById: ReadonlyMap<string, Placement>;
  siteById: ReadonlyMap<string, Site>;
  sectionById: ReadonlyMap<string, Section>;
}

export function buildBookingRows(sources: BookingRowSources): BookingRow[] {
  return sources.bookings.map((booking) => {
    const campaign = sources.campaignById.get(booking.campaignId);
    const advertiser = campaign ? sources.advertiserById.get(campaign.advertiserId) : undefined;
    const placement = sources.placementById.get(booking.placementId);
    const site = placement ? sources.siteById.get(placement.siteId) : undefined;
    const section = placement ? sources.sectionById.get(placement.sectionId) : undefined;
    return {
      id: booking.id,
      booking,
      campaign,
      advertiser,
      placement,
      site,
      section,
      price: placement ? bookingPrice(booking, placement) : null,
      currency: campaign?.currency ?? 'EUR',
      campaignName: campaign?.name ?? '',
      advertiserName: advertiser?.name ?? '',
      siteName: site?.name ?? '',
      placementPath: [site?.name ?? '?', section?.name ?? '?', placement?.name ?? '?'].join(' / '),
    };
  });
}

/**
 * Net totals by currency of the lines that are part of an order (cancelled, expired and lapsed
 * options left out, as `campaignTotals` does), currencies in alphabetical order.
 */
export function netByCurrency(
  rows: readonly Pick<BookingRow, 'booking' | 'price' | 'currency'>[],
  today: IsoDay,
): { currency: string; netCents: number }[] {
  const lines = new Map<string, { booking: Booking; price: BookingPrice }[]>();
  for (const row of rows) {
    if (!row.price) continue;
    const list = lines.get(row.currency) ?? [];
    list.push({ booking: row.booking, price: row.price });
    lines.set(row.currency, list);
  }
  return [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, list]) => ({
      currency,
      netCents: campaignTotals(list, { agencyCommissionPct: 0, vatPct: 0, today }).netCents,
    }));
}
