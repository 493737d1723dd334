import { describe, expect, it } from 'vitest';
import { placementSchema } from '@shared/domain/model.ts';
import { booking, placement } from '@shared/domain/test-fixtures.ts';
import { bookingRules } from '@shared/domain/validation.ts';
import {
  dateRangeIssues,
  duplicateBooking,
  duplicateOptionExpiry,
  movedBooking,
  placementsForMove,
} from './bar-menu-actions.ts';

// The fixture booking runs from 2 to 8 March 2026.
const line = booking({});

describe('duplicateOptionExpiry', () => {
  it('holds for a week when the line starts later than that', () => {
    expect(duplicateOptionExpiry(line, '2026-02-01')).toBe('2026-02-08');
  });

  it('ends the day before the line starts when that comes first', () => {
    expect(duplicateOptionExpiry(line, '2026-02-27')).toBe('2026-03-01');
  });

  it('is today when the day before the start has passed', () => {
    expect(duplicateOptionExpiry(line, '2026-03-02')).toBe('2026-03-02');
  });

  it('keeps the expiry of a live option', () => {
    const option = booking({ status: 'option', optionExpiresOn: '2026-02-20' });
    expect(duplicateOptionExpiry(option, '2026-02-01')).toBe('2026-02-20');
  });

  it('gives a lapsed option a new hold', () => {
    const lapsed = booking({ status: 'option', optionExpiresOn: '2026-02-03' });
    expect(duplicateOptionExpiry(lapsed, '2026-02-10')).toBe('2026-02-17');
  });

  it('has none for a line already started: an option may not expire after its first day', () => {
    expect(duplicateOptionExpiry(line, '2026-03-03')).toBeNull();
  });
});

describe('duplicateBooking', () => {
  it('makes a new option that passes the booking rules', () => {
    const original = booking({ version: 7, updatedAt: '2026-01-05T10:00:00.000Z' });
    const copy = duplicateBooking(original, '2026-02-27', 'new-id');
    expect(copy).toMatchObject({
      id: 'new-id',
      version: 0,
      status: 'option',
      optionExpiresOn: '2026-03-01',
      placementId: original.placementId,
      startDate: original.startDate,
      endDate: original.endDate,
      volume: original.volume,
    });
    const issues = bookingRules(copy!, placement({ kind: 'slots', slotsPerDay: 1 }), undefined);
    expect(issues.filter((issue) => issue.path !== 'campaignId')).toEqual([]);
  });

  it('is null when no live option can be held on these dates', () => {
    expect(duplicateBooking(line, '2026-03-05', 'new-id')).toBeNull();
  });
});

describe('movedBooking', () => {
  it('keeps the number of days', () => {
    expect(movedBooking(line, 'pl-9', '2026-03-30')).toMatchObject({
      placementId: 'pl-9',
      startDate: '2026-03-30',
      endDate: '2026-04-05',
    });
  });
});

describe('dateRangeIssues', () => {
  it('accepts a range of one day or more', () => {
    expect(dateRangeIssues('2026-03-02', '2026-03-02')).toEqual([]);
  });

  it('marks a field that holds no day', () => {
    expect(dateRangeIssues('', '2026-03-02')).toEqual([{ path: 'startDate', code: 'invalid_date' }]);
  });

  it('refuses an end before the start, and a range of three years or more', () => {
    expect(dateRangeIssues('2026-03-02', '2026-03-01')).toEqual([
      { path: 'endDate', code: 'end_before_start' },
    ]);
    expect(dateRangeIssues('2026-03-02', '2029-03-02')).toEqual([
      { path: 'endDate', code: 'range_too_long', params: { maxYears: 3 } },
    ]);
  });
});

describe('placementsForMove', () => {
  const other = (id: string, fields: object) =>
    placementSchema.parse({
      id,
      siteId: 'site-1',
      sectionId: 'sec-1',
      name: id,
      formats: ['rectangle_300x250'],
      capacity: { kind: 'slots', slotsPerDay: 2 },
      ...fields,
    });

  it('keeps the placements that accept the format, volume and rate model, in order', () => {
    const own = placement({ kind: 'slots', slotsPerDay: 1 });
    const list = [
      other('fits', {}),
      other('other-format', { formats: ['video'] }),
      other('impressions', { capacity: { kind: 'impressions', dailyForecast: 1000 } }),
      own,
    ];
    expect(placementsForMove(line, list).map((p) => p.id)).toEqual(['fits', own.id]);
  });
});
