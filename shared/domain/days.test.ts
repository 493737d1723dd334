import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  compareDays,
  dayCount,
  daysBetween,
  eachDay,
  fromDayNumber,
  isValidDay,
  MAX_DAY_NUMBER,
  maxDay,
  MIN_DAY_NUMBER,
  minDay,
  rangesOverlap,
  toDayNumber,
  todayIn,
  weekdayIndex,
} from './days.ts';

const dayNumber = fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') });
const day = dayNumber.map(fromDayNumber);
const offset = fc.integer({ min: -20_000, max: 20_000 });

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2026-01-01')).toBe(20_454);
    expect(fromDayNumber(20_454)).toBe('2026-01-01');
  });

  it('writes years before 1000 with four digits and reads years 0–99 as such, not as 19xx', () => {
    expect(fromDayNumber(toDayNumber('0050-06-15'))).toBe('0050-06-15');
    expect(toDayNumber('0050-06-15')).toBeLessThan(toDayNumber('1000-01-01'));
    expect(fromDayNumber(MIN_DAY_NUMBER)).toBe('0000-01-01');
    expect(fromDayNumber(MAX_DAY_NUMBER)).toBe('9999-12-31');
  });

  it('refuses what is not a calendar day', () => {
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => toDayNumber('2026-1-5')).toThrow(RangeError);
    expect(() => toDayNumber('')).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips day → number → day', () => {
    fc.assert(fc.property(day, (d) => fromDayNumber(toDayNumber(d)) === d));
  });

  it('round-trips number → day → number over the whole writable range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }),
        (n) => toDayNumber(fromDayNumber(n)) === n,
      ),
    );
  });

  it('agrees with the UTC calendar of Date', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(fromDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});

describe('isValidDay', () => {
  it('knows leap years', () => {
    expect(isValidDay('2024-02-29')).toBe(true);
    expect(isValidDay('2000-02-29')).toBe(true);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('1900-02-29')).toBe(false);
  });

  it('rejects impossible dates and other shapes', () => {
    for (const bad of ['2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isValidDay(bad), bad).toBe(false);
    }
    for (const bad of [
      '2026-1-05',
      '26-01-05',
      '2026-01-05T00:00',
      ' 2026-01-05',
      '2026/01/05',
      20260105,
      null,
    ]) {
      expect(isValidDay(bad), String(bad)).toBe(false);
    }
    expect(isValidDay('2026-12-31')).toBe(true);
  });

  it('accepts exactly the dates Date.UTC keeps unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const back = new Date(Date.UTC(y, m - 1, d));
          const real = back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
          expect(isValidDay(text)).toBe(real);
        },
      ),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('does not lose or repeat a day over the French clock changes', () => {
    // 29 March and 25 October 2026 are 23- and 25-hour days in Paris.
    expect(eachDay('2026-03-28', '2026-03-30')).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect(eachDay('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
  });

  it('are inverse of each other', () => {
    fc.assert(
      fc.property(day, offset, (d, n) => {
        const later = addDays(d, n);
        expect(daysBetween(d, later)).toBe(n);
        expect(addDays(later, -n)).toBe(d);
      }),
    );
  });

  it('compose: adding n then m is adding n + m', () => {
    fc.assert(fc.property(day, offset, offset, (d, n, m) => addDays(addDays(d, n), m) === addDays(d, n + m)));
  });
});

describe('addYears', () => {
  it('keeps the calendar date, 29 February becoming 28 February in a common year', () => {
    expect(addYears('2026-01-31', 3)).toBe('2029-01-31');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-06-15', -1)).toBe('2025-06-15');
  });
});

describe('dayCount and eachDay', () => {
  it('count both ends', () => {
    expect(dayCount('2026-01-01', '2026-01-01')).toBe(1);
    expect(dayCount('2026-01-01', '2026-01-31')).toBe(31);
    expect(dayCount('2026-02-01', '2026-01-31')).toBe(0);
    expect(eachDay('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(eachDay('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('list dayCount consecutive days from start to end', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -5, max: 800 }), (start, n) => {
        const end = addDays(start, n);
        const days = eachDay(start, end);
        expect(days).toHaveLength(dayCount(start, end));
        if (days.length > 0) {
          expect(days[0]).toBe(start);
          expect(days[days.length - 1]).toBe(end);
        }
        days.forEach((d, i) => expect(d).toBe(addDays(start, i)));
      }),
    );
  });
});

describe('weekdayIndex', () => {
  it('counts from Monday', () => {
    expect(weekdayIndex('2026-01-05')).toBe(0); // Monday
    expect(weekdayIndex('2026-01-01')).toBe(3); // Thursday
    expect(weekdayIndex('2026-01-04')).toBe(6); // Sunday
    expect(weekdayIndex('1969-12-31')).toBe(2); // Wednesday, before the epoch
    expect(weekdayIndex('1900-01-01')).toBe(0); // Monday
  });

  it('matches Date.getUTCDay', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        const sundayFirst = new Date(n * 86_400_000).getUTCDay();
        expect(weekdayIndex(fromDayNumber(n))).toBe((sundayFirst + 6) % 7);
      }),
    );
  });

  it('cycles every 7 days and steps by one each day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -2000, max: 2000 }), (d, k) => {
        const w = weekdayIndex(d);
        expect(weekdayIndex(addDays(d, 7 * k))).toBe(w);
        expect(weekdayIndex(addDays(d, 1))).toBe((w + 1) % 7);
      }),
    );
  });
});

describe('ordering', () => {
  it('compareDays sorts days chronologically', () => {
    expect(['2026-03-01', '2025-12-31', '2026-02-28'].sort(compareDays)).toEqual([
      '2025-12-31',
      '2026-02-28',
      '2026-03-01',
    ]);
    fc.assert(
      fc.property(day, day, (a, b) => compareDays(a, b) === Math.sign(toDayNumber(a) - toDayNumber(b))),
    );
  });

  it('maxDay and minDay pick the latest and earliest', () => {
    expect(maxDay('2026-03-01', '2026-12-01', '2025-01-01')).toBe('2026-12-01');
    expect(minDay('2026-03-01', '2026-12-01', '2025-01-01')).toBe('2025-01-01');
    expect(maxDay('2026-03-01')).toBe('2026-03-01');
  });
});

describe('rangesOverlap', () => {
  it('treats both ends as included', () => {
    expect(rangesOverlap('2026-01-01', '2026-01-10', '2026-01-10', '2026-01-20')).toBe(true);
    expect(rangesOverlap('2026-01-01', '2026-01-10', '2026-01-11', '2026-01-20')).toBe(false);
    expect(rangesOverlap('2026-01-05', '2026-01-06', '2026-01-01', '2026-01-31')).toBe(true);
    expect(rangesOverlap('2026-01-10', '2026-01-01', '2026-01-01', '2026-01-31')).toBe(false); // reversed: empty
  });

  it('is true exactly when the ranges share a day', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -3, max: 40 }),
        fc.integer({ min: -45, max: 45 }),
        fc.integer({ min: -3, max: 20 }),
        (bStart, bLength, shift, aLength) => {
          // Range a starts near range b so that both outcomes are frequent.
          const bEnd = addDays(bStart, bLength);
          const aStart = addDays(bStart, shift);
          const aEnd = addDays(aStart, aLength);
          const shared = eachDay(aStart, aEnd).some((d) => d >= bStart && d <= bEnd);
          expect(rangesOverlap(aStart, aEnd, bStart, bEnd)).toBe(shared);
          expect(rangesOverlap(bStart, bEnd, aStart, aEnd)).toBe(shared);
        },
      ),
    );
  });
});

describe('todayIn', () => {
  const lateEvening = new Date('2026-03-31T22:30:00Z');

  it('gives the calendar day of the given time zone', () => {
    expect(todayIn(lateEvening, 'Europe/Paris')).toBe('2026-04-01'); // 00:30 CEST
    expect(todayIn(lateEvening, 'UTC')).toBe('2026-03-31');
    expect(todayIn(lateEvening, 'America/New_York')).toBe('2026-03-31');
    expect(todayIn(new Date('2026-01-01T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-02');
    expect(todayIn(new Date('2025-12-31T10:30:00Z'), 'Pacific/Kiritimati')).toBe('2026-01-01'); // UTC+14
  });

  it('uses the system zone when none is given', () => {
    const now = new Date();
    const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(todayIn(now)).toBe(local);
  });

  it('refuses an unknown time zone', () => {
    expect(() => todayIn(lateEvening, 'Europe/Atlantis')).toThrow(RangeError);
  });
});
