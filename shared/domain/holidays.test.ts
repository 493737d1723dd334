import { describe, expect, it } from 'vitest';
import { fromDayNumber as isoDay, toDayNumber as dayNumber } from './days.ts';
import { easterSunday, frenchPublicHolidays, frenchPublicHolidaysBetween } from './holidays.ts';

describe('French public holidays', () => {
  it('knows Easter and the French public holidays', () => {
    expect(isoDay(easterSunday(2024))).toBe('2024-03-31');
    expect(isoDay(easterSunday(2025))).toBe('2025-04-20');
    expect(isoDay(easterSunday(2026))).toBe('2026-04-05');
    const holidays = frenchPublicHolidays(2026).map((h) => isoDay(h.day));
    expect(holidays).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    const span = frenchPublicHolidaysBetween(dayNumber('2025-12-20'), dayNumber('2026-01-05'));
    expect(span.map((h) => isoDay(h.day))).toEqual(['2025-12-25', '2026-01-01']);
  });
});
