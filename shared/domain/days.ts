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
/** Day 0 of `utcDayNumber`'s eras (0000-03-01) is this many days before 1970-01-01. */
const DAYS_FROM_0000_03_01_TO_1970 = 719_468;
const DASH = 45;
const ZERO = 48;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Year, month (1–12) and day of a real calendar day, or null (bad shape, 2026-02-30, month 13…). */
function parts(day: string): [number, number, number] | null {
  // Read digit by digit: this runs for every booking date the calendar counts, and a regex costs more.
  if (day.length !== 10 || day.charCodeAt(4) !== DASH || day.charCodeAt(7) !== DASH) return null;
  const year = digits(day, 0, 4);
  const month = digits(day, 5, 7);
  const date = digits(day, 8, 10);
  if (year < 0 || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return null;
  return [year, month, date];
}

/** The number written by the ASCII digits `text[from..to)`, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, by arithmetic (H. Hinnant's
 * days_from_civil): no Date object, and years 0–99 mean what they say.
 */
function utcDayNumber(year: number, monthIndex: number, date: number): number {
  const y = monthIndex < 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (monthIndex + 10) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - DAYS_FROM_0000_03_01_TO_1970;
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
