import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacitiesOver, capacityOn, capacityUnit } from './capacity.ts';
import { addDays, eachDay, fromDayNumber, toDayNumber } from './days.ts';
import { type Capacity, placementSchema, type Placement } from './model.ts';

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

const MONDAY = '2026-01-05';
const profiled = placement({
  kind: 'impressions',
  dailyForecast: 100_000,
  weekdayProfile: [100, 100, 100, 100, 120, 60, 50],
  overrides: { '2026-01-01': 30_000, '2026-05-01': 0 },
});

describe('capacityUnit', () => {
  it('is the unit the placement is sold in', () => {
    expect(capacityUnit(placement({ kind: 'slots', slotsPerDay: 1 }))).toBe('slots');
    expect(capacityUnit(profiled)).toBe('impressions');
  });
});

describe('capacityOn', () => {
  it('is the same number of slots every day', () => {
    const rotating = placement({ kind: 'slots', slotsPerDay: 3 });
    expect(capacityOn(rotating, MONDAY)).toBe(3);
    expect(capacityOn(rotating, '2026-12-25')).toBe(3);
  });

  it('scales the impressions forecast by the weekday profile, Monday first', () => {
    expect(capacityOn(profiled, MONDAY)).toBe(100_000);
    expect(capacityOn(profiled, '2026-01-09')).toBe(120_000); // Friday
    expect(capacityOn(profiled, '2026-01-10')).toBe(60_000); // Saturday
    expect(capacityOn(profiled, '2026-01-11')).toBe(50_000); // Sunday
  });

  it('takes a date override instead of the profile, even an override of zero', () => {
    expect(capacityOn(profiled, '2026-01-01')).toBe(30_000);
    expect(capacityOn(profiled, '2026-05-01')).toBe(0);
    expect(capacityOn(profiled, '2026-01-02')).toBe(120_000); // the Friday after is untouched
  });

  it('defaults to a flat profile', () => {
    const flat = placementSchema.shape.capacity.parse({ kind: 'impressions', dailyForecast: 42_000 });
    expect(capacityOn(placement(flat), '2026-01-10')).toBe(42_000);
  });

  it('rounds to whole impressions, halves up', () => {
    const odd = (dailyForecast: number, pct: number) =>
      placement({
        kind: 'impressions',
        dailyForecast,
        weekdayProfile: [pct, 100, 100, 100, 100, 100, 100],
        overrides: {},
      });
    expect(capacityOn(odd(12_345, 15), MONDAY)).toBe(1852); // 1 851.75
    expect(capacityOn(odd(12_345, 13), MONDAY)).toBe(1605); // 1 604.85
    expect(capacityOn(odd(50, 1), MONDAY)).toBe(1); // 0.5
    expect(capacityOn(odd(149, 1), MONDAY)).toBe(1); // 1.49
  });
});

describe('capacitiesOver', () => {
  it('lists one capacity per day, both ends included', () => {
    expect(Array.from(capacitiesOver(profiled, '2025-12-31', '2026-01-04'))).toEqual([
      100_000, 30_000, 120_000, 60_000, 50_000,
    ]);
    expect(capacitiesOver(profiled, '2026-01-04', '2026-01-03')).toHaveLength(0);
    expect(
      Array.from(capacitiesOver(placement({ kind: 'slots', slotsPerDay: 2 }), MONDAY, '2026-01-07')),
    ).toEqual([2, 2, 2]);
  });

  it('agrees with capacityOn on every day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-01-01') }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 7, maxLength: 7 }),
        fc.array(fc.tuple(fc.integer({ min: -2, max: 62 }), fc.integer({ min: 0, max: 10_000_000 })), {
          maxLength: 6,
        }),
        (s, n, dailyForecast, weekdayProfile, overrideOffsets) => {
          const first = fromDayNumber(s);
          const last = addDays(first, n);
          const overrides = Object.fromEntries(overrideOffsets.map(([k, v]) => [addDays(first, k), v]));
          const p = placement({ kind: 'impressions', dailyForecast, weekdayProfile, overrides });
          const series = Array.from(capacitiesOver(p, first, last));
          expect(series).toEqual(eachDay(first, last).map((d) => capacityOn(p, d)));
        },
      ),
    );
  });
});
