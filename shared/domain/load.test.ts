import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityOn } from './capacity.ts';
import { addDays, eachDay, toDayNumber } from './days.ts';
import {
  addDemandInto,
  demandOn,
  demandsOver,
  isLive,
  loadClass,
  loadOn,
  loadsOver,
  takesCapacity,
  totalDemand,
} from './load.ts';
import { type Booking, bookingSchema, type Capacity, placementSchema, type Placement } from './model.ts';

function placement(capacity: Capacity): Placement {
  return placementSchema.parse({
    id: 'pl-1',
    siteId: 'site-1',
    sectionId: 'sec-1',
    name: 'Home – top banner',
    formats: ['leaderboard_728x90'],
    capacity,
  });
}

function booking(fields: Partial<Booking> = {}): Booking {
  return bookingSchema.parse({
    id: 'bk-1',
    campaignId: 'cp-1',
    placementId: 'pl-1',
    format: 'leaderboard_728x90',
    startDate: '2026-03-02',
    endDate: '2026-03-04',
    status: 'confirmed',
    volume: { kind: 'slots', slots: 1 },
    rateModel: 'cpd',
    rateCents: 100_000,
    ...fields,
  });
}

const slots = placement({ kind: 'slots', slotsPerDay: 3 });
const impressions = placement({
  kind: 'impressions',
  dailyForecast: 100_000,
  weekdayProfile: [100, 100, 100, 100, 100, 50, 50],
  overrides: {},
});

describe('isLive and loadClass', () => {
  it('counts confirmed bookings as sold', () => {
    expect(isLive(booking({ status: 'confirmed' }), '2030-01-01')).toBe(true);
    expect(loadClass(booking({ status: 'confirmed' }), '2030-01-01')).toBe('confirmed');
  });

  it('holds an option up to and including its expiry day, not the day after', () => {
    const option = booking({ status: 'option', optionExpiresOn: '2026-02-20' });
    expect(loadClass(option, '2026-02-19')).toBe('held');
    expect(loadClass(option, '2026-02-20')).toBe('held');
    expect(isLive(option, '2026-02-21')).toBe(false);
    expect(loadClass(option, '2026-02-21')).toBeNull();
  });

  it('keeps holding an option that has no expiry rather than dropping it silently', () => {
    expect(loadClass(booking({ status: 'option', optionExpiresOn: null }), '2030-01-01')).toBe('held');
  });

  it('never counts cancelled or expired bookings', () => {
    for (const status of ['cancelled', 'expired'] as const) {
      const b = booking({ status, optionExpiresOn: '2099-01-01' });
      expect(isLive(b, '2026-01-01')).toBe(false);
      expect(loadClass(b, '2026-01-01')).toBeNull();
      expect(takesCapacity(b)).toBe(false);
    }
  });
});

describe('slot volumes', () => {
  it('take their slots on each booking day and nothing outside', () => {
    const b = booking({ volume: { kind: 'slots', slots: 2 } });
    expect(loadOn(b, slots, '2026-03-01')).toBe(0);
    expect(loadOn(b, slots, '2026-03-02')).toBe(2);
    expect(loadOn(b, slots, '2026-03-04')).toBe(2);
    expect(loadOn(b, slots, '2026-03-05')).toBe(0);
    expect(loadsOver(b, slots)).toEqual([2, 2, 2]);
  });
});

describe('impressions goals', () => {
  it('are spread evenly, the remainder going to the first days', () => {
    expect(loadsOver(booking({ volume: { kind: 'impressions', goal: 100 } }), impressions)).toEqual([
      34, 33, 33,
    ]);
    expect(
      loadsOver(booking({ endDate: '2026-03-06', volume: { kind: 'impressions', goal: 2 } }), impressions),
    ).toEqual([1, 1, 0, 0, 0]);
    expect(loadOn(booking({ volume: { kind: 'impressions', goal: 100 } }), impressions, '2026-03-03')).toBe(
      33,
    );
  });

  it('add up to the goal exactly, never differing by more than one impression between days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_000_000_000 }),
        fc.integer({ min: 0, max: 1100 }),
        (goal, extra) => {
          const b = booking({
            startDate: '2026-01-01',
            endDate: addDays('2026-01-01', extra),
            volume: { kind: 'impressions', goal },
          });
          const loads = loadsOver(b, impressions);
          expect(loads).toHaveLength(extra + 1);
          expect(loads.reduce((a, n) => a + n, 0)).toBe(goal);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
          expect(loads.every((n, i) => Number.isInteger(n) && (i === 0 || n <= (loads[i - 1] ?? 0)))).toBe(
            true,
          );
        },
      ),
    );
  });

  it('do not depend on the forecast (a goal is a promise, not a share)', () => {
    const b = booking({
      startDate: '2026-03-06',
      endDate: '2026-03-07',
      volume: { kind: 'impressions', goal: 10_000 },
    });
    expect(loadsOver(b, impressions)).toEqual([5000, 5000]); // Friday at 100 %, Saturday at 50 %
  });
});

describe('share of voice', () => {
  it('takes its percentage of each day’s forecast, rounded down', () => {
    const b = booking({ startDate: '2026-03-06', endDate: '2026-03-07', volume: { kind: 'sov', pct: 25 } });
    expect(loadsOver(b, impressions)).toEqual([25_000, 12_500]);
    const third = booking({ volume: { kind: 'sov', pct: 33.33 } });
    expect(
      loadOn(
        third,
        placement({
          kind: 'impressions',
          dailyForecast: 1000,
          weekdayProfile: [100, 100, 100, 100, 100, 100, 100],
          overrides: {},
        }),
        '2026-03-02',
      ),
    ).toBe(333);
  });

  it('follows date overrides', () => {
    const holiday = placement({
      kind: 'impressions',
      dailyForecast: 100_000,
      weekdayProfile: [100, 100, 100, 100, 100, 100, 100],
      overrides: { '2026-03-03': 10_000 },
    });
    expect(loadsOver(booking({ volume: { kind: 'sov', pct: 50 } }), holiday)).toEqual([
      50_000, 5_000, 50_000,
    ]);
  });

  it('never exceeds the day’s capacity, even with an invalid percentage', () => {
    const b = booking({ volume: { kind: 'sov', pct: 150 } });
    expect(loadsOver(b, impressions)).toEqual([100_000, 100_000, 100_000]);
    expect(loadsOver(booking({ volume: { kind: 'sov', pct: -5 } }), impressions)).toEqual([0, 0, 0]);
  });

  it('stays within 0 and capacity × pct / 100, less than one impression below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 1000 }),
        (dailyForecast, bp, profile) => {
          const p = placement({
            kind: 'impressions',
            dailyForecast,
            weekdayProfile: [profile, 100, 100, 100, 100, 100, 100],
            overrides: {},
          });
          const day = '2026-03-02'; // a Monday
          const capacity = capacityOn(p, day);
          const load = loadOn(
            booking({ startDate: day, endDate: day, volume: { kind: 'sov', pct: bp / 100 } }),
            p,
            day,
          );
          expect(Number.isInteger(load)).toBe(true);
          expect(load).toBeGreaterThanOrEqual(0);
          expect(load).toBeLessThanOrEqual(capacity);
          // load ≤ capacity × bp / 10 000 < load + 1, checked in integers
          expect(load * 10_000).toBeLessThanOrEqual(capacity * bp);
          expect(capacity * bp).toBeLessThan((load + 1) * 10_000);
        },
      ),
    );
  });
});

describe('status', () => {
  it('cancelled and expired bookings take nothing, though their demand is still known', () => {
    for (const status of ['cancelled', 'expired'] as const) {
      const b = booking({ status, volume: { kind: 'slots', slots: 2 } });
      expect(loadOn(b, slots, '2026-03-03')).toBe(0);
      expect(loadsOver(b, slots)).toEqual([0, 0, 0]);
      expect(demandsOver(b, slots)).toEqual([2, 2, 2]);
      expect(demandOn(b, slots, '2026-03-03')).toBe(2);
    }
  });

  it('options take capacity like confirmed bookings', () => {
    expect(loadsOver(booking({ status: 'option', optionExpiresOn: '2026-02-20' }), slots)).toEqual([1, 1, 1]);
  });
});

describe('degenerate input', () => {
  it('a booking whose end is before its start has no days and no load', () => {
    const b = booking({ startDate: '2026-03-04', endDate: '2026-03-02' });
    expect(loadsOver(b, slots)).toEqual([]);
    expect(loadOn(b, slots, '2026-03-03')).toBe(0);
    expect(totalDemand(b, slots)).toBe(0);
  });

  it('negative volumes take nothing instead of freeing capacity', () => {
    expect(loadsOver(booking({ volume: { kind: 'slots', slots: -2 } }), slots)).toEqual([0, 0, 0]);
    expect(loadsOver(booking({ volume: { kind: 'impressions', goal: -90 } }), impressions)).toEqual([
      0, 0, 0,
    ]);
  });
});

describe('totalDemand', () => {
  it('sums the daily demand', () => {
    expect(totalDemand(booking({ volume: { kind: 'impressions', goal: 500_000 } }), impressions)).toBe(
      500_000,
    );
    expect(totalDemand(booking({ volume: { kind: 'slots', slots: 2 } }), slots)).toBe(6);
  });
});

const volume = fc.oneof(
  fc.record({ kind: fc.constant('slots' as const), slots: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('impressions' as const), goal: fc.integer({ min: 0, max: 10_000_000 }) }),
  fc.record({
    kind: fc.constant('sov' as const),
    pct: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
  }),
);

describe('per-day and per-booking views agree', () => {
  it('loadsOver lists loadOn of each booking day', () => {
    fc.assert(
      fc.property(volume, fc.integer({ min: 0, max: 60 }), (v, extra) => {
        const b = booking({ volume: v, endDate: addDays('2026-03-02', extra) });
        const p = v.kind === 'slots' ? slots : impressions;
        expect(loadsOver(b, p)).toEqual(eachDay(b.startDate, b.endDate).map((d) => loadOn(b, p, d)));
      }),
    );
  });

  it('addDemandInto adds demandOn over the days a booking shares with a range', () => {
    fc.assert(
      fc.property(
        volume,
        fc.integer({ min: -30, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (v, shift, bookingExtra, rangeExtra) => {
          const b = booking({ volume: v, endDate: addDays('2026-03-02', bookingExtra) });
          const p = v.kind === 'slots' ? slots : impressions;
          const rangeStart = addDays(b.startDate, shift);
          const days = eachDay(rangeStart, addDays(rangeStart, rangeExtra));
          const capacities = days.map((d) => capacityOn(p, d));
          const target = new Float64Array(days.length).fill(7);
          addDemandInto(b, toDayNumber(rangeStart), capacities, target);
          expect(Array.from(target)).toEqual(days.map((d) => 7 + demandOn(b, p, d)));
        },
      ),
    );
  });
});
