import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, eachDay } from './days.ts';
import { BOOKING_STATUSES } from './model.ts';
import { booking, placement } from './test-fixtures.ts';
import { dayOccupancy, occupancyAt, occupancyOn, occupancyRange, occupancyState } from './occupancy.ts';

const TODAY = '2026-02-15';
const twoSlots = placement({ kind: 'slots', slotsPerDay: 2 });
const forecast = placement({
  kind: 'impressions',
  dailyForecast: 100_000,
  weekdayProfile: [100, 100, 100, 100, 100, 50, 50],
  overrides: { '2026-03-04': 0 },
});

describe('occupancyState', () => {
  it.each([
    [2, 0, 0, 'free'],
    [2, 1, 0, 'filling'],
    [2, 0, 1, 'filling'],
    [2, 1, 1, 'full'],
    [2, 2, 0, 'full'],
    [2, 1, 2, 'at_risk'],
    [2, 0, 3, 'at_risk'],
    [2, 3, 0, 'overbooked'],
    [2, 3, 5, 'overbooked'],
    [0, 0, 0, 'full'],
    [0, 0, 1, 'at_risk'],
  ] as const)('capacity %i, confirmed %i, held %i → %s', (capacity, confirmed, held, state) => {
    expect(occupancyState(capacity, confirmed, held)).toBe(state);
  });
});

describe('dayOccupancy', () => {
  it('reports sold and held shares apart, and never a negative free', () => {
    expect(dayOccupancy(100_000, 25_000, 50_000)).toEqual({
      capacity: 100_000,
      confirmed: 25_000,
      held: 50_000,
      free: 25_000,
      ratio: 0.25,
      heldRatio: 0.5,
      state: 'filling',
    });
    expect(dayOccupancy(2, 3, 0)).toMatchObject({ free: 0, ratio: 1.5, state: 'overbooked' });
  });

  it('gives an infinite ratio to a load on a day with no capacity, 0 when nothing is booked', () => {
    expect(dayOccupancy(0, 10, 0).ratio).toBe(Number.POSITIVE_INFINITY);
    expect(dayOccupancy(0, 0, 10).heldRatio).toBe(Number.POSITIVE_INFINITY);
    expect(dayOccupancy(0, 0, 0)).toMatchObject({ ratio: 0, heldRatio: 0, free: 0 });
  });
});

describe('occupancyOn', () => {
  it('separates confirmed and held load and follows the states as bookings pile up', () => {
    const sold = booking();
    const held = booking({ status: 'option', optionExpiresOn: '2026-02-28' });
    const held2 = booking({ status: 'option', optionExpiresOn: '2026-02-28' });
    const sold2 = booking();
    const sold3 = booking();
    const day = '2026-03-03';
    expect(occupancyOn(twoSlots, [], day, TODAY).state).toBe('free');
    expect(occupancyOn(twoSlots, [sold], day, TODAY)).toMatchObject({
      confirmed: 1,
      held: 0,
      free: 1,
      state: 'filling',
    });
    expect(occupancyOn(twoSlots, [sold, held], day, TODAY)).toMatchObject({
      confirmed: 1,
      held: 1,
      free: 0,
      ratio: 0.5,
      heldRatio: 0.5,
      state: 'full',
    });
    expect(occupancyOn(twoSlots, [sold, held, held2], day, TODAY).state).toBe('at_risk');
    expect(occupancyOn(twoSlots, [sold, sold2, sold3], day, TODAY)).toMatchObject({
      confirmed: 3,
      state: 'overbooked',
    });
  });

  it('stops counting an option the day after it expires, even before it is released', () => {
    const option = booking({ status: 'option', optionExpiresOn: '2026-02-20' });
    expect(occupancyOn(twoSlots, [option], '2026-03-03', '2026-02-20').held).toBe(1);
    expect(occupancyOn(twoSlots, [option], '2026-03-03', '2026-02-21').held).toBe(0);
  });

  it('ignores cancelled and expired bookings, bookings of other placements and days outside a booking', () => {
    const bookings = [
      booking({ status: 'cancelled' }),
      booking({ status: 'expired', optionExpiresOn: '2026-02-01' }),
      booking({ placementId: 'pl-2' }),
      booking({ startDate: '2026-03-04', endDate: '2026-03-05' }),
    ];
    expect(occupancyOn(twoSlots, bookings, '2026-03-03', TODAY)).toMatchObject({
      confirmed: 0,
      held: 0,
      state: 'free',
    });
    expect(occupancyOn(twoSlots, bookings, '2026-03-05', TODAY)).toMatchObject({
      confirmed: 1,
      state: 'filling',
    });
  });

  it('measures impressions against the day’s forecast', () => {
    const sov = booking({ volume: { kind: 'sov', pct: 40 } });
    const goal = booking({
      volume: { kind: 'impressions', goal: 700_000 },
      status: 'option',
      optionExpiresOn: '2026-02-28',
    });
    const monday = occupancyOn(forecast, [sov, goal], '2026-03-02', TODAY);
    expect(monday).toMatchObject({ capacity: 100_000, confirmed: 40_000, held: 100_000, state: 'at_risk' });
    const saturday = occupancyOn(forecast, [sov], '2026-03-07', TODAY);
    expect(saturday).toMatchObject({ capacity: 50_000, confirmed: 20_000, ratio: 0.4, state: 'filling' });
    const closed = occupancyOn(forecast, [goal], '2026-03-04', TODAY);
    expect(closed).toMatchObject({ capacity: 0, held: 100_000, state: 'at_risk' });
  });
});

describe('occupancyRange', () => {
  it('fills one series per figure over the range, clipping bookings to it', () => {
    const range = occupancyRange(
      twoSlots,
      [
        booking({ startDate: '2026-02-27', endDate: '2026-03-02' }),
        booking({
          startDate: '2026-03-02',
          endDate: '2026-03-10',
          status: 'option',
          optionExpiresOn: '2026-02-10',
        }),
        booking({
          startDate: '2026-03-04',
          endDate: '2026-03-10',
          status: 'option',
          optionExpiresOn: '2026-02-20',
        }),
        booking({ startDate: '2026-03-03', endDate: '2026-03-03', volume: { kind: 'slots', slots: 2 } }),
      ],
      '2026-03-01',
      '2026-03-04',
      TODAY,
    );
    expect(range.length).toBe(4);
    expect(Array.from(range.capacity)).toEqual([2, 2, 2, 2]);
    expect(Array.from(range.confirmed)).toEqual([1, 1, 2, 0]);
    expect(Array.from(range.held)).toEqual([0, 0, 0, 1]); // the first option lapsed on 10 February
    expect(occupancyAt(range, 2)?.state).toBe('full');
    expect(occupancyAt(range, 4)).toBeUndefined();
  });

  it('is empty when the range is reversed', () => {
    const range = occupancyRange(twoSlots, [booking()], '2026-03-05', '2026-03-04', TODAY);
    expect(range.length).toBe(0);
    expect(range.confirmed).toHaveLength(0);
  });
});

// Random bookings on two placements, around March 2026, in every status.
const BASE = '2026-03-01';
const bookingArb = fc
  .record({
    placementId: fc.constantFrom('pl-1', 'pl-2'),
    start: fc.integer({ min: -20, max: 50 }),
    length: fc.integer({ min: 0, max: 40 }),
    status: fc.constantFrom(...BOOKING_STATUSES),
    expiry: fc.option(fc.integer({ min: -30, max: 10 }), { nil: null }),
    volume: fc.oneof(
      fc.record({ kind: fc.constant('slots' as const), slots: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('impressions' as const), goal: fc.integer({ min: 0, max: 3_000_000 }) }),
      fc.record({
        kind: fc.constant('sov' as const),
        pct: fc.integer({ min: 1, max: 10_000 }).map((bp) => bp / 100),
      }),
    ),
  })
  .map((r) =>
    booking({
      placementId: r.placementId,
      startDate: addDays(BASE, r.start),
      endDate: addDays(BASE, r.start + r.length),
      status: r.status,
      optionExpiresOn: r.expiry === null ? null : addDays('2026-02-15', r.expiry),
      volume: r.volume,
    }),
  );
const placementArb = fc.constantFrom(twoSlots, forecast);
const windowArb = fc
  .tuple(fc.integer({ min: -10, max: 40 }), fc.integer({ min: 0, max: 45 }))
  .map(([s, n]) => [addDays(BASE, s), addDays(BASE, s + n)] as const);
const todayArb = fc.integer({ min: -30, max: 15 }).map((n) => addDays('2026-02-15', n));

describe('occupancy properties', () => {
  it('occupancyRange agrees with occupancyOn day by day', () => {
    fc.assert(
      fc.property(
        placementArb,
        fc.array(bookingArb, { maxLength: 25 }),
        windowArb,
        todayArb,
        (p, bookings, [start, end], today) => {
          const range = occupancyRange(p, bookings, start, end, today);
          const days = eachDay(start, end);
          expect(range.length).toBe(days.length);
          days.forEach((day, i) => {
            expect(occupancyAt(range, i)).toEqual(occupancyOn(p, bookings, day, today));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cancelled and expired bookings never change occupancy', () => {
    fc.assert(
      fc.property(
        placementArb,
        fc.array(bookingArb, { maxLength: 15 }),
        fc.array(bookingArb, { maxLength: 10 }),
        windowArb,
        todayArb,
        (p, bookings, extra, [start, end], today) => {
          const dead = extra.map((b, i) => ({
            ...b,
            status: i % 2 === 0 ? ('cancelled' as const) : ('expired' as const),
          }));
          const before = occupancyRange(p, bookings, start, end, today);
          const after = occupancyRange(p, [...dead, ...bookings, ...dead], start, end, today);
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it('a live booking adds exactly its load to its own series and nothing to the other', () => {
    fc.assert(
      fc.property(
        placementArb,
        fc.array(bookingArb, { maxLength: 10 }),
        bookingArb,
        windowArb,
        (p, bookings, extra, [start, end]) => {
          const candidate = { ...extra, placementId: p.id, status: 'confirmed' as const };
          const before = occupancyRange(p, bookings, start, end, TODAY);
          const after = occupancyRange(p, [...bookings, candidate], start, end, TODAY);
          eachDay(start, end).forEach((day, i) => {
            const added = (after.confirmed[i] ?? 0) - (before.confirmed[i] ?? 0);
            expect(added).toBe(occupancyOn(p, [candidate], day, TODAY).confirmed);
            expect(after.held[i]).toBe(before.held[i]);
          });
        },
      ),
    );
  });
});
