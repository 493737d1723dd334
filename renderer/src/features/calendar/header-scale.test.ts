import { toDayNumber } from '@shared/domain/days.ts';
import { describe, expect, it } from 'vitest';
import { isoWeekNumber, monthBands, weekStarts } from './header-scale.ts';

const start = toDayNumber('2026-01-01'); // a Thursday

describe('monthBands', () => {
  it('splits a range at month starts and clips the ends', () => {
    // 2026-01-20 … 2026-03-05
    expect(monthBands(start, 19, 63)).toEqual([
      { dayIndex: 19, days: 12, month: '2026-01-01' },
      { dayIndex: 31, days: 28, month: '2026-02-01' },
      { dayIndex: 59, days: 5, month: '2026-03-01' },
    ]);
  });

  it('is empty for an empty range', () => {
    expect(monthBands(start, 5, 4)).toEqual([]);
  });
});

describe('weekStarts', () => {
  it('lists the Mondays of the range', () => {
    // Mondays of January 2026: the 5th, 12th, 19th, 26th.
    expect(weekStarts(start, 0, 30)).toEqual([4, 11, 18, 25]);
  });

  it('includes the first day when it is a Monday', () => {
    expect(weekStarts(start, 4, 11)).toEqual([4, 11]);
  });
});

describe('isoWeekNumber', () => {
  it.each([
    ['2026-01-01', 1],
    ['2025-12-29', 1], // Monday of week 1 of 2026
    ['2027-01-01', 53], // 2026 has 53 ISO weeks
    ['2027-01-04', 1],
    ['2026-03-09', 11],
  ])('%s is in week %i', (day, week) => {
    expect(isoWeekNumber(toDayNumber(day))).toBe(week);
  });
});
