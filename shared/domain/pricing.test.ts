import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days.ts';
import {
  type Booking,
  bookingSchema,
  BOOKING_STATUSES,
  type Capacity,
  placementSchema,
  type Placement,
  RATE_MODELS,
} from './model.ts';
import {
  basisPoints,
  bookingPrice,
  type BookingPrice,
  campaignTotals,
  mulDivRoundHalfUp,
  percentOfCents,
  type PricedLine,
} from './pricing.ts';

function placement(capacity: Capacity, expectedCtrPct = 0.1): Placement {
  return placementSchema.parse({
    id: 'pl-1',
    siteId: 'site-1',
    sectionId: 'sec-1',
    name: 'Home – pavé',
    formats: ['rectangle_300x250'],
    capacity,
    expectedCtrPct,
  });
}

function booking(fields: Partial<Booking> = {}): Booking {
  return bookingSchema.parse({
    id: 'bk-1',
    campaignId: 'cp-1',
    placementId: 'pl-1',
    format: 'rectangle_300x250',
    startDate: '2026-03-02',
    endDate: '2026-03-11',
    status: 'confirmed',
    volume: { kind: 'impressions', goal: 500_000 },
    rateModel: 'cpm',
    rateCents: 1200,
    ...fields,
  });
}

const forecast = placement({
  kind: 'impressions',
  dailyForecast: 200_000,
  weekdayProfile: [100, 100, 100, 100, 100, 50, 50],
  overrides: {},
});
const slots = placement({ kind: 'slots', slotsPerDay: 3 });

describe('worked examples, as checked by hand', () => {
  it('500 000 impressions at 12,00 € CPM, 15 % discount, 15 % agency commission, 20 % VAT', () => {
    const price = bookingPrice(booking({ discountPct: 15 }), forecast);
    // 500 × 12,00 € = 6 000,00 €; 15 % off = 900,00 €; net 5 100,00 €
    expect(price).toEqual({
      quantity: 500_000,
      unit: 'impressions',
      grossCents: 600_000,
      discountCents: 90_000,
      netCents: 510_000,
    });
    const totals = campaignTotals([{ booking: booking(), price }], { agencyCommissionPct: 15, vatPct: 20 });
    // commission 15 % of 5 100,00 = 765,00; HT 4 335,00; TVA 20 % = 867,00; TTC 5 202,00
    expect(totals).toEqual({
      grossCents: 600_000,
      discountCents: 90_000,
      netCents: 510_000,
      commissionCents: 76_500,
      netBeforeTaxCents: 433_500,
      vatCents: 86_700,
      totalCents: 520_200,
    });
  });

  it('odd figures: 333 333 impressions at 7,50 € CPM, 12,5 % discount, 15 % commission, 20 % VAT', () => {
    const b = booking({ volume: { kind: 'impressions', goal: 333_333 }, rateCents: 750, discountPct: 12.5 });
    const price = bookingPrice(b, forecast);
    // 333,333 × 7,50 € = 2 499,9975 € → 2 500,00 €; 12,5 % = 312,50 €; net 2 187,50 €
    expect(price).toMatchObject({ grossCents: 250_000, discountCents: 31_250, netCents: 218_750 });
    // commission 328,125 € → 328,13 €; HT 1 859,37 €; TVA 371,874 € → 371,87 €; TTC 2 231,24 €
    expect(campaignTotals([{ booking: b, price }], { agencyCommissionPct: 15, vatPct: 20 })).toMatchObject({
      commissionCents: 32_813,
      netBeforeTaxCents: 185_937,
      vatCents: 37_187,
      totalCents: 223_124,
    });
  });

  it('CPC: 1 000 000 impressions at 0,15 % CTR = 1 500 clicks at 0,40 €', () => {
    const price = bookingPrice(
      booking({ rateModel: 'cpc', rateCents: 40, volume: { kind: 'impressions', goal: 1_000_000 } }),
      placement(forecast.capacity, 0.15),
    );
    expect(price).toMatchObject({ quantity: 1500, unit: 'clicks', grossCents: 60_000, netCents: 60_000 });
  });

  it('CPD: a week of 2 rotating slots at 1 500,00 € a day and slot', () => {
    const price = bookingPrice(
      booking({
        rateModel: 'cpd',
        rateCents: 150_000,
        startDate: '2026-03-02',
        endDate: '2026-03-08',
        volume: { kind: 'slots', slots: 2 },
      }),
      slots,
    );
    expect(price).toMatchObject({ quantity: 14, unit: 'days', grossCents: 2_100_000 });
  });

  it('CPD on impressions counts one slot a day', () => {
    const price = bookingPrice(
      booking({ rateModel: 'cpd', rateCents: 80_000, volume: { kind: 'sov', pct: 100 } }),
      forecast,
    );
    expect(price).toMatchObject({ quantity: 10, unit: 'days', grossCents: 800_000 });
  });

  it('flat: a homepage takeover at 5 000,00 € with 10 % off', () => {
    const price = bookingPrice(booking({ rateModel: 'flat', rateCents: 500_000, discountPct: 10 }), slots);
    expect(price).toEqual({
      quantity: 1,
      unit: 'flat',
      grossCents: 500_000,
      discountCents: 50_000,
      netCents: 450_000,
    });
  });

  it('share of voice is priced on the forecast of its own days', () => {
    // Friday 200 000 and Saturday 100 000 forecast, 50 % each: 150 000 impressions at 10,00 € CPM
    const price = bookingPrice(
      booking({
        startDate: '2026-03-06',
        endDate: '2026-03-07',
        volume: { kind: 'sov', pct: 50 },
        rateCents: 1000,
      }),
      forecast,
    );
    expect(price).toMatchObject({ quantity: 150_000, grossCents: 150_000 });
  });
});

describe('rounding: nearest cent, halves up', () => {
  it('rounds CPM amounts', () => {
    const at = (goal: number) =>
      bookingPrice(booking({ volume: { kind: 'impressions', goal }, rateCents: 125 }), forecast);
    expect(at(1234).grossCents).toBe(154); // 154,25 cents
    expect(at(1236).grossCents).toBe(155); // 154,5 cents
    expect(at(1239).grossCents).toBe(155); // 154,875 cents
  });

  it('rounds estimated clicks to whole clicks', () => {
    const clicks = (goal: number) =>
      bookingPrice(
        booking({ rateModel: 'cpc', rateCents: 50, volume: { kind: 'impressions', goal } }),
        forecast,
      ).quantity;
    expect(clicks(1_499)).toBe(1); // 1,499 clicks at 0,1 %
    expect(clicks(1_500)).toBe(2); // 1,5
    expect(clicks(2_499)).toBe(2);
  });

  it('rounds percentages of amounts', () => {
    expect(percentOfCents(1001, 12.5)).toBe(125); // 125,125
    expect(percentOfCents(1005, 10)).toBe(101); // 100,5
    expect(percentOfCents(1004, 10)).toBe(100); // 100,4
    expect(percentOfCents(333, 33.33)).toBe(111); // 110,9889
    expect(percentOfCents(12_345, 0)).toBe(0);
    expect(percentOfCents(12_345, 100)).toBe(12_345);
  });

  it('turns percentages into basis points without float drift', () => {
    expect(basisPoints(0.1)).toBe(10);
    expect(basisPoints(19.6)).toBe(1960);
    expect(basisPoints(5.55)).toBe(555);
    expect(basisPoints(150)).toBe(10_000);
    expect(basisPoints(-3)).toBe(0);
  });

  it('stays exact beyond the integers a double can hold', () => {
    expect(mulDivRoundHalfUp(9_000_000_000_000, 3_000, 7)).toBe(
      Number((9_000_000_000_000n * 3_000n * 2n + 7n) / 14n),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, b, d) => {
          const exact = (BigInt(a) * BigInt(b) * 2n + BigInt(d)) / (2n * BigInt(d));
          fc.pre(exact <= BigInt(Number.MAX_SAFE_INTEGER));
          expect(mulDivRoundHalfUp(a, b, d)).toBe(Number(exact));
        },
      ),
    );
  });
});

describe('degenerate bookings', () => {
  it('a 100 % discount gives a net of zero, not less', () => {
    expect(bookingPrice(booking({ discountPct: 100 }), forecast)).toMatchObject({
      discountCents: 600_000,
      netCents: 0,
    });
  });

  it('a reversed date range costs nothing per day', () => {
    const reversed = booking({
      rateModel: 'cpd',
      rateCents: 100_000,
      startDate: '2026-03-05',
      endDate: '2026-03-01',
    });
    expect(bookingPrice(reversed, slots)).toMatchObject({ quantity: 0, grossCents: 0 });
  });

  it('a cancelled line is still priced as written', () => {
    expect(bookingPrice(booking({ status: 'cancelled' }), forecast).grossCents).toBe(600_000);
  });
});

describe('campaignTotals', () => {
  const line = (
    status: Booking['status'],
    grossCents: number,
    discountCents = 0,
    optionExpiresOn: string | null = null,
  ): PricedLine => ({
    booking: { status, optionExpiresOn },
    price: { quantity: 1, unit: 'flat', grossCents, discountCents, netCents: grossCents - discountCents },
  });

  it('leaves cancelled and expired lines out and keeps options', () => {
    const totals = campaignTotals(
      [
        line('confirmed', 100_000, 10_000),
        line('option', 50_000, 0, '2026-03-01'),
        line('cancelled', 999_999),
        line('expired', 777_777),
      ],
      { agencyCommissionPct: 0, vatPct: 20 },
    );
    expect(totals).toEqual({
      grossCents: 150_000,
      discountCents: 10_000,
      netCents: 140_000,
      commissionCents: 0,
      netBeforeTaxCents: 140_000,
      vatCents: 28_000,
      totalCents: 168_000,
    });
  });

  it('also leaves out options past their expiry when told the day', () => {
    const lines = [line('confirmed', 100_000), line('option', 50_000, 0, '2026-03-01')];
    expect(campaignTotals(lines, { agencyCommissionPct: 0, vatPct: 0, today: '2026-03-01' }).grossCents).toBe(
      150_000,
    );
    expect(campaignTotals(lines, { agencyCommissionPct: 0, vatPct: 0, today: '2026-03-02' }).grossCents).toBe(
      100_000,
    );
  });

  it('rounds commission and VAT once, on the totals, not per line', () => {
    // Three lines of 0,05 €: 10 % per line would be 3 × 1 cent (0,5 rounded up); on the 0,15 € total it is 2 (1,5).
    const lines = [line('confirmed', 5), line('confirmed', 5), line('confirmed', 5)];
    expect(campaignTotals(lines, { agencyCommissionPct: 0, vatPct: 10 }).vatCents).toBe(2);
    expect(campaignTotals(lines, { agencyCommissionPct: 10, vatPct: 0 }).commissionCents).toBe(2);
  });

  it('is all zeros for no lines', () => {
    expect(campaignTotals([], { agencyCommissionPct: 15, vatPct: 20 })).toEqual({
      grossCents: 0,
      discountCents: 0,
      netCents: 0,
      commissionCents: 0,
      netBeforeTaxCents: 0,
      vatCents: 0,
      totalCents: 0,
    });
  });
});

const pct = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
const bookingArb = fc
  .record({
    rateModel: fc.constantFrom(...RATE_MODELS),
    rateCents: fc.integer({ min: 0, max: 10_000_000 }),
    discountPct: pct,
    length: fc.integer({ min: 0, max: 400 }),
    status: fc.constantFrom(...BOOKING_STATUSES),
    volume: fc.oneof(
      fc.record({ kind: fc.constant('slots' as const), slots: fc.integer({ min: 1, max: 5 }) }),
      fc.record({
        kind: fc.constant('impressions' as const),
        goal: fc.integer({ min: 0, max: 500_000_000 }),
      }),
      fc.record({ kind: fc.constant('sov' as const), pct }),
    ),
  })
  .map((r) =>
    booking({
      rateModel: r.rateModel,
      rateCents: r.rateCents,
      discountPct: r.discountPct,
      endDate: addDays('2026-03-02', r.length),
      status: r.status,
      optionExpiresOn: '2026-03-01',
      volume: r.volume,
    }),
  );

const isCents = (n: number) => Number.isSafeInteger(n) && n >= 0;

describe('pricing properties', () => {
  it('every line is in whole cents with 0 ≤ discount ≤ gross and net = gross − discount', () => {
    fc.assert(
      fc.property(bookingArb, (b) => {
        const price = bookingPrice(b, b.volume.kind === 'slots' ? slots : forecast);
        expect(isCents(price.grossCents) && isCents(price.discountCents) && isCents(price.netCents)).toBe(
          true,
        );
        expect(price.discountCents).toBeLessThanOrEqual(price.grossCents);
        expect(price.netCents).toBe(price.grossCents - price.discountCents);
        expect(Number.isInteger(price.quantity) && price.quantity >= 0).toBe(true);
      }),
    );
  });

  it('the discount is the exact percentage of gross, rounded half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), pct, (gross, p) => {
        const exact = (BigInt(gross) * BigInt(Math.round(p * 100)) * 2n + 10_000n) / 20_000n;
        expect(percentOfCents(gross, p)).toBe(Number(exact));
      }),
    );
  });

  it('campaign totals are the sum of their counted lines and add up', () => {
    fc.assert(
      fc.property(
        fc.array(bookingArb, { maxLength: 20 }),
        pct,
        pct,
        (bookings, agencyCommissionPct, vatPct) => {
          const lines = bookings.map((b) => ({
            booking: b,
            price: bookingPrice(b, b.volume.kind === 'slots' ? slots : forecast),
          }));
          const totals = campaignTotals(lines, { agencyCommissionPct, vatPct });
          const counted: BookingPrice[] = lines
            .filter((l) => l.booking.status === 'option' || l.booking.status === 'confirmed')
            .map((l) => l.price);
          expect(totals.grossCents).toBe(counted.reduce((s, p) => s + p.grossCents, 0));
          expect(totals.discountCents).toBe(counted.reduce((s, p) => s + p.discountCents, 0));
          expect(totals.netCents).toBe(counted.reduce((s, p) => s + p.netCents, 0));
          expect(totals.netCents).toBe(totals.grossCents - totals.discountCents);
          expect(totals.netBeforeTaxCents).toBe(totals.netCents - totals.commissionCents);
          expect(totals.totalCents).toBe(totals.netBeforeTaxCents + totals.vatCents);
          expect(totals.commissionCents).toBeLessThanOrEqual(totals.netCents);
          const {
            grossCents,
            discountCents,
            netCents,
            commissionCents,
            netBeforeTaxCents,
            vatCents,
            totalCents,
          } = totals;
          for (const value of [
            grossCents,
            discountCents,
            netCents,
            commissionCents,
            netBeforeTaxCents,
            vatCents,
            totalCents,
          ]) {
            expect(isCents(value)).toBe(true);
          }
        },
      ),
    );
  });
});
