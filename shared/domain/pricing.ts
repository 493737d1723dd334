/**
 * Prices of bookings and campaigns, in integer cents only.
 *
 * Rounding rule: a percentage is turned into whole basis points (15 % → 1 500, 12.5 % → 1 250)
 * and applied as `amount × bp / 10 000` in integer arithmetic, rounded to the nearest cent with
 * halves going up (every amount here is ≥ 0, so up is also away from zero). The same rule rounds
 * CPM amounts (impressions × rate / 1 000) and estimated clicks. Discounts are rounded per line so
 * the lines of an insertion order add up to its net; agency commission and VAT are rounded once,
 * on the campaign's totals, as an invoice computes them.
 */
import { dayCount } from './days.ts';
import { isLive, totalDemand } from './load.ts';
import type { Booking, IsoDay, Placement } from './model.ts';

export type PriceUnit = 'impressions' | 'clicks' | 'days' | 'flat';

export interface BookingPrice {
  /** Impressions (CPM), estimated clicks (CPC), slot-days (CPD: days × slots), or 1 (flat). */
  quantity: number;
  unit: PriceUnit;
  grossCents: number;
  discountCents: number;
  /** gross − discount. */
  netCents: number;
}

/** A percentage as whole basis points, held to 0–100 % so no discount can exceed its amount. */
export function basisPoints(pct: number): number {
  return Math.min(10_000, Math.max(0, Math.round(pct * 100)));
}

/**
 * `a × b / d` rounded half up, for non-negative integers. Exact: the product goes through BigInt
 * when it is too large for a double to hold every integer.
 */
export function mulDivRoundHalfUp(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    const remainder = product % d;
    const quotient = (product - remainder) / d;
    return remainder * 2 >= d ? quotient + 1 : quotient;
  }
  const big = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  const quotient = big / divisor;
  const remainder = big % divisor;
  return Number(remainder * 2n >= divisor ? quotient + 1n : quotient);
}

/** `pct` % of `cents`, by the rounding rule above. */
export function percentOfCents(cents: number, pct: number): number {
  return mulDivRoundHalfUp(cents, basisPoints(pct), 10_000);
}

export type PricedBooking = Pick<
  Booking,
  'startDate' | 'endDate' | 'volume' | 'status' | 'rateModel' | 'rateCents' | 'discountPct'
>;
export type PricedPlacement = Pick<Placement, 'capacity' | 'expectedCtrPct'>;

function quantityAndGross(booking: PricedBooking, placement: PricedPlacement): [number, PriceUnit, number] {
  const rate = Math.max(0, booking.rateCents);
  switch (booking.rateModel) {
    case 'cpm': {
      const impressions = totalDemand(booking, placement);
      return [impressions, 'impressions', mulDivRoundHalfUp(impressions, rate, 1000)];
    }
    case 'cpc': {
      const clicks = mulDivRoundHalfUp(
        totalDemand(booking, placement),
        basisPoints(placement.expectedCtrPct),
        10_000,
      );
      return [clicks, 'clicks', clicks * rate];
    }
    case 'cpd': {
      const slots = booking.volume.kind === 'slots' ? Math.max(0, booking.volume.slots) : 1;
      const slotDays = dayCount(booking.startDate, booking.endDate) * slots;
      return [slotDays, 'days', slotDays * rate];
    }
    case 'flat':
      return [1, 'flat', rate];
  }
}

/**
 * The price of one booking line as written, whatever its status (a cancelled line still shows
 * what it was worth; `campaignTotals` leaves it out). Impressions are the sum of its daily
 * demands, so a share of voice is priced on the forecast of its own days.
 */
export function bookingPrice(booking: PricedBooking, placement: PricedPlacement): BookingPrice {
  const [quantity, unit, grossCents] = quantityAndGross(booking, placement);
  const discountCents = percentOfCents(grossCents, booking.discountPct);
  return { quantity, unit, grossCents, discountCents, netCents: grossCents - discountCents };
}

export interface CampaignTotals {
  grossCents: number;
  discountCents: number;
  /** gross − discounts. */
  netCents: number;
  /** Agency commission on the net. */
  commissionCents: number;
  /** net − commission: the amount VAT applies to (HT). */
  netBeforeTaxCents: number;
  vatCents: number;
  /** netBeforeTax + VAT (TTC). */
  totalCents: number;
}

export interface TotalsOptions {
  agencyCommissionPct: number;
  vatPct: number;
  /** When given, options past their expiry on this day are left out too, as released. */
  today?: IsoDay;
}

export interface PricedLine {
  booking: Pick<Booking, 'status' | 'optionExpiresOn'>;
  price: BookingPrice;
}

/** Totals of a campaign's lines; cancelled and expired bookings are not part of the order. */
export function campaignTotals(lines: readonly PricedLine[], options: TotalsOptions): CampaignTotals {
  let grossCents = 0;
  let discountCents = 0;
  for (const { booking, price } of lines) {
    if (booking.status === 'cancelled' || booking.status === 'expired') continue;
    if (options.today !== undefined && !isLive(booking, options.today)) continue;
    grossCents += price.grossCents;
    discountCents += price.discountCents;
  }
  const netCents = grossCents - discountCents;
  const commissionCents = percentOfCents(netCents, options.agencyCommissionPct);
  const netBeforeTaxCents = netCents - commissionCents;
  const vatCents = percentOfCents(netBeforeTaxCents, options.vatPct);
  return {
    grossCents,
    discountCents,
    netCents,
    commissionCents,
    netBeforeTaxCents,
    vatCents,
    totalCents: netBeforeTaxCents + vatCents,
  };
}
