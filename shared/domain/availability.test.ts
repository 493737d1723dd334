import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, wouldOverbook } from './availability.ts';
import { addDays, eachDay } from './days.ts';
import { loadOn } from './load.ts';
import { BOOKING_STATUSES } from './model.ts';
import { booking, placement } from './test-fixtures.ts';

const TODAY = '2026-02-15';
const OPTION = { status: 'option', optionExpiresOn: '2026-02-28' } as const;
const twoSlots = placement({ kind: 'slots', slotsPerDay: 2 });
const forecast = placement({
  kind: 'impressions',
  dailyForecast: 100_000,
  weekdayProfile: [100, 100, 100, 100, 100, 50, 50],
  overrides: {},
});

describe('availability', () => {
  const sold = booking({ id: 'sold', startDate: '2026-03-02', endDate: '2026-03-04' });
  const soldLater = booking({
    id: 'sold-later',
    startDate: '2026-03-03',
    endDate: '2026-03-03',
    volume: { kind: 'slots', slots: 2 },
  });
  const held = booking({ id: 'held', startDate: '2026-02-25', endDate: '2026-03-05', ...OPTION });
  const lapsed = booking({ id: 'lapsed', status: 'option', optionExpiresOn: '2026-02-10' });
  const cancelled = booking({ id: 'cancelled', status: 'cancelled' });
  const elsewhere = booking({ id: 'elsewhere', placementId: 'pl-2' });
  const after = booking({ id: 'after', startDate: '2026-03-10', endDate: '2026-03-12' });
  const all = [soldLater, after, held, lapsed, cancelled, elsewhere, sold];

  it('lists each day with what is sold, held and still free', () => {
    const result = availability(twoSlots, all, '2026-03-02', '2026-03-06', TODAY);
    expect(result.rows).toEqual([
      { day: '2026-03-02', capacity: 2, confirmed: 1, held: 1, free: 0 },
      { day: '2026-03-03', capacity: 2, confirmed: 3, held: 1, free: 0 },
      { day: '2026-03-04', capacity: 2, confirmed: 1, held: 1, free: 0 },
      { day: '2026-03-05', capacity: 2, confirmed: 0, held: 1, free: 1 },
      { day: '2026-03-06', capacity: 2, confirmed: 0, held: 0, free: 2 },
    ]);
    expect(result.minFree).toBe(0);
    expect(result.overbookedDays).toEqual(['2026-03-03']);
    expect(result.atRiskDays).toEqual([]);
  });

  it('names the live bookings competing for the range, earliest first', () => {
    const result = availability(twoSlots, all, '2026-03-02', '2026-03-06', TODAY);
    expect(result.contending.map((b) => b.id)).toEqual(['held', 'sold', 'sold-later']);
  });

  it('leaves out the booking being edited', () => {
    const result = availability(twoSlots, all, '2026-03-02', '2026-03-06', TODAY, {
      excludeBookingId: 'sold-later',
    });
    expect(result.overbookedDays).toEqual([]);
    expect(result.rows[1]).toEqual({ day: '2026-03-03', capacity: 2, confirmed: 1, held: 1, free: 0 });
    expect(result.contending.map((b) => b.id)).toEqual(['held', 'sold']);
  });

  it('reports days at risk when options, not sales, exceed capacity', () => {
    const options = [
      booking({ ...OPTION }),
      booking({ ...OPTION }),
      booking({ ...OPTION, startDate: '2026-03-08' }),
    ];
    const result = availability(twoSlots, options, '2026-03-06', '2026-03-09', TODAY);
    expect(result.atRiskDays).toEqual(['2026-03-08']);
    expect(result.overbookedDays).toEqual([]);
    expect(result.minFree).toBe(0);
    expect(result.rows.map((r) => r.free)).toEqual([0, 0, 0, 2]);
  });

  it('minFree is what can be sold on every day of the range', () => {
    const result = availability(
      forecast,
      [booking({ volume: { kind: 'impressions', goal: 210_000 } })], // 30 000 a day over 7 days
      '2026-03-02',
      '2026-03-08',
      TODAY,
    );
    expect(result.rows.map((r) => r.free)).toEqual([70_000, 70_000, 70_000, 70_000, 70_000, 20_000, 20_000]);
    expect(result.minFree).toBe(20_000);
  });

  it('is empty for a reversed range', () => {
    const result = availability(twoSlots, all, '2026-03-06', '2026-03-02', TODAY);
    expect(result).toEqual({ rows: [], minFree: 0, overbookedDays: [], atRiskDays: [], contending: [] });
  });
});

describe('wouldOverbook', () => {
  const soldOut = [
    booking({ id: 'a' }),
    booking({ id: 'b', startDate: '2026-03-04', endDate: '2026-03-04' }),
  ];

  it('fits when there is room', () => {
    const candidate = booking({ id: 'new', startDate: '2026-03-02', endDate: '2026-03-03' });
    expect(wouldOverbook(twoSlots, soldOut, candidate, TODAY)).toEqual({
      overbookedDays: [],
      atRiskDays: [],
    });
  });

  it('flags a confirmed booking that sells a day beyond capacity, with the excess', () => {
    const candidate = booking({
      id: 'new',
      startDate: '2026-03-03',
      endDate: '2026-03-05',
      volume: { kind: 'slots', slots: 2 },
    });
    expect(wouldOverbook(twoSlots, soldOut, candidate, TODAY)).toEqual({
      overbookedDays: [
        { day: '2026-03-03', excess: 1 },
        { day: '2026-03-04', excess: 2 },
        { day: '2026-03-05', excess: 1 },
      ],
      atRiskDays: [],
    });
  });

  it('flags an option over capacity as at risk, never as overbooked', () => {
    const candidate = booking({ id: 'new', ...OPTION, startDate: '2026-03-04', endDate: '2026-03-05' });
    expect(wouldOverbook(twoSlots, soldOut, candidate, TODAY)).toEqual({
      overbookedDays: [],
      atRiskDays: [{ day: '2026-03-04', excess: 1 }],
    });
  });

  it('reports an option on an already oversold day as at risk, not as overbooked', () => {
    const oversold = [booking({ id: 'x', volume: { kind: 'slots', slots: 3 } })];
    const candidate = booking({ id: 'new', ...OPTION, startDate: '2026-03-02', endDate: '2026-03-02' });
    expect(wouldOverbook(twoSlots, oversold, candidate, TODAY)).toEqual({
      overbookedDays: [],
      atRiskDays: [{ day: '2026-03-02', excess: 2 }],
    });
  });

  it('flags a sale that fits but pushes existing options over capacity as at risk', () => {
    const options = [booking({ id: 'h1', ...OPTION }), booking({ id: 'h2', ...OPTION })];
    const candidate = booking({ id: 'new', startDate: '2026-03-08', endDate: '2026-03-09' });
    expect(wouldOverbook(twoSlots, options, candidate, TODAY)).toEqual({
      overbookedDays: [],
      atRiskDays: [{ day: '2026-03-08', excess: 1 }],
    });
  });

  it('compares an edited booking with the others, not with its old self', () => {
    const existing = booking({ id: 'moving', volume: { kind: 'slots', slots: 2 } });
    const moved = { ...existing, startDate: '2026-03-05', endDate: '2026-03-10' };
    expect(wouldOverbook(twoSlots, [existing], moved, TODAY)).toEqual({ overbookedDays: [], atRiskDays: [] });
  });

  it('ignores bookings of other placements and dead bookings', () => {
    const others = [
      booking({ placementId: 'pl-2', volume: { kind: 'slots', slots: 2 } }),
      booking({ status: 'cancelled', volume: { kind: 'slots', slots: 2 } }),
      booking({ status: 'option', optionExpiresOn: '2026-02-01', volume: { kind: 'slots', slots: 2 } }),
    ];
    const candidate = booking({ id: 'new', volume: { kind: 'slots', slots: 2 } });
    expect(wouldOverbook(twoSlots, others, candidate, TODAY)).toEqual({ overbookedDays: [], atRiskDays: [] });
  });

  it('never flags a cancelled candidate or a lapsed option', () => {
    for (const dead of [
      booking({ id: 'new', status: 'cancelled', volume: { kind: 'slots', slots: 5 } }),
      booking({
        id: 'new',
        status: 'option',
        optionExpiresOn: '2026-02-14',
        volume: { kind: 'slots', slots: 5 },
      }),
    ]) {
      expect(wouldOverbook(twoSlots, soldOut, dead, TODAY)).toEqual({ overbookedDays: [], atRiskDays: [] });
    }
  });

  it('does not blame a candidate for an overbooked day it does not load', () => {
    const overbooked = [booking({ id: 'x', volume: { kind: 'slots', slots: 3 } })];
    const candidate = booking({
      id: 'new',
      volume: { kind: 'impressions', goal: 2 },
      startDate: '2026-03-02',
      endDate: '2026-03-05',
    });
    // 2 impressions over 4 days: loads 1, 1, 0, 0 (an odd volume kind, but the rule holds)
    expect(wouldOverbook(twoSlots, overbooked, candidate, TODAY).overbookedDays.map((d) => d.day)).toEqual([
      '2026-03-02',
      '2026-03-03',
    ]);
  });

  it('counts impressions in the placement’s unit, day by day', () => {
    const sov = booking({ id: 'sov', volume: { kind: 'sov', pct: 60 } });
    const candidate = booking({
      id: 'new',
      startDate: '2026-03-06',
      endDate: '2026-03-07',
      volume: { kind: 'sov', pct: 50 },
    });
    expect(wouldOverbook(forecast, [sov], candidate, TODAY)).toEqual({
      overbookedDays: [
        { day: '2026-03-06', excess: 10_000 },
        { day: '2026-03-07', excess: 5_000 },
      ],
      atRiskDays: [],
    });
  });
});

// Random bookings on one slot placement, around March 2026.
const BASE = '2026-03-01';
const bookingArb = fc
  .record({
    id: fc.constantFrom('b1', 'b2', 'b3', 'b4', 'b5', 'b6'),
    start: fc.integer({ min: 0, max: 20 }),
    length: fc.integer({ min: 0, max: 10 }),
    status: fc.constantFrom(...BOOKING_STATUSES),
    slots: fc.integer({ min: 1, max: 2 }),
  })
  .map((r) =>
    booking({
      id: r.id,
      startDate: addDays(BASE, r.start),
      endDate: addDays(BASE, r.start + r.length),
      status: r.status,
      optionExpiresOn: '2026-02-28',
      volume: { kind: 'slots', slots: r.slots },
    }),
  );

describe('wouldOverbook agrees with availability', () => {
  it('reports exactly the loaded days that availability shows overbooked or at risk once the candidate is in', () => {
    const three = placement({ kind: 'slots', slotsPerDay: 3 });
    fc.assert(
      fc.property(fc.array(bookingArb, { maxLength: 12 }), bookingArb, (bookings, candidate) => {
        const check = wouldOverbook(three, bookings, candidate, TODAY);
        const withCandidate = [...bookings.filter((b) => b.id !== candidate.id), candidate];
        const after = availability(three, withCandidate, candidate.startDate, candidate.endDate, TODAY);
        const loaded = eachDay(candidate.startDate, candidate.endDate).filter(
          (d) => loadOn(candidate, three, d) > 0,
        );
        const live = candidate.status === 'confirmed' || candidate.status === 'option';
        const expectedOver =
          candidate.status === 'confirmed' ? after.overbookedDays.filter((d) => loaded.includes(d)) : [];
        const expectedAtRisk = live
          ? after.rows
              .filter(
                (r) =>
                  loaded.includes(r.day) &&
                  !expectedOver.includes(r.day) &&
                  r.confirmed + r.held > r.capacity,
              )
              .map((r) => r.day)
          : [];
        expect(check.overbookedDays.map((d) => d.day)).toEqual(expectedOver);
        expect(check.atRiskDays.map((d) => d.day)).toEqual(expectedAtRisk);
        for (const { day, excess } of check.overbookedDays) {
          const row = after.rows.find((r) => r.day === day);
          expect(excess).toBe((row?.confirmed ?? 0) - (row?.capacity ?? 0));
        }
      }),
      { numRuns: 300 },
    );
  });
});
