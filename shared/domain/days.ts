/**
 * Day arithmetic on `YYYY-MM-DD` calendar days.
 *
 * A booking day is a date in the publisher's calendar, not an instant, so every computation goes
 * through integer day numbers (days since 1970-01-01) built with `Date.UTC`. Local-time `Date`
 * objects would move a day across a DST change or a time-zone boundary; UTC arithmetic never does.
 */
import type { IsoDay } from './model.ts';

const MS_PER_DAY = 86_400_000;
/** Days in 400 Gregorian years: shifting a year by 400 keeps every weekday and month length. */
const DAYS_PER_400_YEARS = 146_097;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Year, month (1–12) and day of a real calendar day, or null (bad shape, 2026-02-30, month 13…). */
function parts(day: string): [number, number, number] | null {
  const match = DAY_PATTERN.exec(day);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const date = Number(match[3]);
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  return [year, month, date];
}

function utcDayNumber(year: number, monthIndex: number, date: number): number {
  // Date.UTC reads years 0–99 as 1900–1999; computing 400 years later and shifting back avoids it.
  return Date.UTC(year + 400, monthIndex, date) / MS_PER_DAY - DAYS_PER_400_YEARS;
}

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2026-02-30, 2026-13-01, 2026-1-5). */
export function isValidDay(day: unknown): boolean {
  return typeof day === 'string' && parts(day) !== null;
}

/** Days since 1970-01-01. Throws a RangeError on anything but a real `YYYY-MM-DD` day. */
export function toDayNumber(day: IsoDay): number {
  const p = parts(day);
  if (!p) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  return utcDayNumber(p[0], p[1] - 1, p[2]);
}

export const MIN_DAY_NUMBER = utcDayNumber(0, 0, 1);
export const MAX_DAY_NUMBER = utcDayNumber(9999, 11, 31);

/** The `YYYY-MM-DD` day of a day number; throws outside years 0000–9999 (not writable as `YYYY`). */
export function fromDayNumber(n: number): IsoDay {
  if (!Number.isInteger(n) || n < MIN_DAY_NUMBER || n > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number out of range: ${n}`);
  }
  const d = new Date(n * MS_PER_DAY);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const date = String(d.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

export function addDays(day: IsoDay, n: number): IsoDay {
  return fromDayNumber(toDayNumber(day) + n);
}

/**
 * The same calendar date `n` years later (or earlier); 29 February becomes 28 February in a
 * common year, as a contract's "three years from" would read.
 */
export function addYears(day: IsoDay, n: number): IsoDay {
  const p = parts(day);
  if (!p) throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
  const year = p[0] + n;
  const date = Math.min(p[2], daysInMonth(year, p[1]));
  return fromDayNumber(utcDayNumber(year, p[1] - 1, date));
}

/** `b - a` in days: positive when `b` is later. */
export function daysBetween(a: IsoDay, b: IsoDay): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Number of days from `start` to `end`, both included; 0 when `end` is before `start`. */
export function dayCount(start: IsoDay, end: IsoDay): number {
  return Math.max(0, daysBetween(start, end) + 1);
}

/** Every day from `start` to `end`, both included; empty when `end` is before `start`. */
export function eachDay(start: IsoDay, end: IsoDay): IsoDay[] {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  const days: IsoDay[] = [];
  for (let n = first; n <= last; n++) days.push(fromDayNumber(n));
  return days;
}

/** 0 = Monday … 6 = Sunday, the order of `weekdayProfile` and of a French calendar. */
export function weekdayIndex(day: IsoDay): number {
  return weekdayOfDayNumber(toDayNumber(day));
}

/** `weekdayIndex` of a day number, for loops that already count in day numbers. */
export function weekdayOfDayNumber(n: number): number {
  // 1970-01-01 was a Thursday (index 3); the double modulo keeps days before 1970 positive.
  return (((n + 3) % 7) + 7) % 7;
}

/** Sort comparator: `YYYY-MM-DD` strings order like their days, so a string comparison suffices. */
export function compareDays(a: IsoDay, b: IsoDay): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDay(first: IsoDay, ...rest: IsoDay[]): IsoDay {
  return rest.reduce((max, day) => (day > max ? day : max), first);
}

export function minDay(first: IsoDay, ...rest: IsoDay[]): IsoDay {
  return rest.reduce((min, day) => (day < min ? day : min), first);
}

/** Whether two inclusive day ranges share at least one day. */
export function rangesOverlap(aStart: IsoDay, aEnd: IsoDay, bStart: IsoDay, bEnd: IsoDay): boolean {
  return aStart <= aEnd && bStart <= bEnd && aStart <= bEnd && bStart <= aEnd;
}

// Building an Intl.DateTimeFormat is slow next to using one; "today" is asked for on every render.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = dayFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    dayFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The calendar day `date` falls on in `timeZone` (an IANA name such as `Europe/Paris`; the
 * system's zone when omitted). Throws a RangeError for an unknown zone or an invalid date.
 */
export function todayIn(date: Date, timeZone?: string): IsoDay {
  const found: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of dayFormatter(timeZone).formatToParts(date)) found[part.type] = part.value;
  const year = (found.year ?? '').padStart(4, '0');
  const month = (found.month ?? '').padStart(2, '0');
  const day = (found.day ?? '').padStart(2, '0');
  return `${year}-${month}-${day}`;
}
