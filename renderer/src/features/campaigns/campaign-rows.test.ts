import { describe, expect, it } from 'vitest';
import type { Advertiser, Agency, Booking, Campaign } from '@shared/domain/model.ts';
import type { BookingPrice } from '@shared/domain/pricing.ts';
import { netByCurrency } from '@renderer/features/bookings/booking-rows.ts';
import { buildCampaignRows, sumByCurrency } from './campaign-rows.ts';

const TODAY = '2026-03-02';

function campaign(id: string, currency = 'EUR', agencyCommissionPct = 0): Campaign {
  return {
    id,
    version: 0,
    updatedAt: '',
    name: `Campaign ${id}`,
    advertiserId: 'a1',
    agencyId: agencyCommissionPct > 0 ? 'ag1' : null,
    currency,
    agencyCommissionPct,
    status: 'confirmed',
    notes: '',
  };
}

function line(campaignId: string, start: string, end: string, status: Booking['status'], netCents: number) {
  const booking = {
    id: `${campaignId}-${start}-${status}`,
    campaignId,
    startDate: start,
    endDate: end,
    status,
    optionExpiresOn: status === 'option' ? '2026-03-05' : null,
  } as Booking;
  const price: BookingPrice = { quantity: 1, unit: 'flat', grossCents: netCents, discountCents: 0, netCents };
  return { booking, price };
}

const advertiserById = new Map([['a1', { id: 'a1', name: 'Renault' } as Advertiser]]);
const agencyById = new Map([['ag1', { id: 'ag1', name: 'Havas' } as Agency]]);

describe('campaign rows', () => {
  const rows = buildCampaignRows({
    campaigns: [campaign('c1', 'EUR', 15), campaign('c2'), campaign('c3', 'CHF')],
    advertiserById,
    agencyById,
    lines: [
      line('c1', '2026-04-01', '2026-04-10', 'confirmed', 100_000),
      line('c1', '2026-03-20', '2026-03-25', 'option', 50_000),
      line('c1', '2026-01-01', '2026-12-31', 'cancelled', 999_999),
      line('c3', '2026-05-01', '2026-05-02', 'cancelled', 10_000),
    ],
    today: TODAY,
    vatPct: 20,
  });

  it('names the parties', () => {
    expect(rows[0]).toMatchObject({ advertiserName: 'Renault', agencyName: 'Havas' });
    expect(rows[1]?.agencyName).toBe('');
  });

  it('counts every line and spans the days of the lines in the order', () => {
    expect(rows[0]).toMatchObject({ bookingCount: 3, firstDay: '2026-03-20', lastDay: '2026-04-10' });
    expect(rows[1]).toMatchObject({ bookingCount: 0, firstDay: null, lastDay: null });
    // Only cancelled lines: they still say when the campaign was meant to run.
    expect(rows[2]).toMatchObject({ firstDay: '2026-05-01', lastDay: '2026-05-02' });
  });

  it('totals with the shared pricing rules: cancelled lines out, commission and VAT applied', () => {
    expect(rows[0]?.totals).toEqual({
      grossCents: 150_000,
      discountCents: 0,
      netCents: 150_000,
      commissionCents: 22_500,
      netBeforeTaxCents: 127_500,
      vatCents: 25_500,
      totalCents: 153_000,
    });
    expect(rows[2]?.totals.netCents).toBe(0);
  });

  it('leaves out an option past its expiry', () => {
    const [row] = buildCampaignRows({
      campaigns: [campaign('c1')],
      advertiserById,
      agencyById,
      lines: [line('c1', '2026-04-01', '2026-04-10', 'option', 50_000)],
      today: '2026-03-06',
      vatPct: 20,
    });
    expect(row?.totals.netCents).toBe(0);
  });

  it('adds up per currency', () => {
    expect(sumByCurrency(rows, (t) => t.netCents)).toEqual([
      { currency: 'CHF', cents: 0 },
      { currency: 'EUR', cents: 150_000 },
    ]);
  });
});

describe('booking net totals by currency', () => {
  it('adds the lines in the order, per currency', () => {
    const rows = [
      { ...line('c1', '2026-04-01', '2026-04-02', 'confirmed', 1000), currency: 'EUR' },
      { ...line('c1', '2026-04-03', '2026-04-04', 'cancelled', 5000), currency: 'EUR' },
      { ...line('c2', '2026-04-01', '2026-04-02', 'option', 300), currency: 'CHF' },
      { ...line('c2', '2026-04-01', '2026-04-02', 'confirmed', 0), currency: 'GBP', price: null },
    ];
    expect(netByCurrency(rows, TODAY)).toEqual([
      { currency: 'CHF', netCents: 300 },
      { currency: 'EUR', netCents: 1000 },
    ]);
  });
});
