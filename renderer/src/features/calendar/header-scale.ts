/**
 * The time scale above the grid, pure: month bands and week starts over a range of day indexes
 * of the calendar window. The header renders labels only for the range it is given.
 */
import { fromDayNumber, weekdayOfDayNumber } from '@shared/domain/days.ts';
import type { IsoDay } from '@shared/domain/model.ts';

export interface MonthBand {
  /** Day index (in the window) of the band's first visible day, and how many days it covers. */
  dayIndex: number;
  days: number;
  /** The first day of the month. */
  month: IsoDay;
}

function monthStartNumber(dayNumber: number): number {
  const [year = 1970, month = 1] = fromDayNumber(dayNumber).split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, 1) / 86_400_000);
}

function nextMonthStartNumber(dayNumber: number): number {
  const [year = 1970, month = 1] = fromDayNumber(dayNumber).split('-').map(Number);
  return Math.round(Date.UTC(year, month, 1) / 86_400_000);
}

/** The months meeting day indexes [from, to] (inclusive), each clipped to that range. */
export function monthBands(startDayNumber: number, from: number, to: number): MonthBand[] {
  const bands: MonthBand[] = [];
  let day = startDayNumber + from;
  const last = startDayNumber + to;
  while (day <= last) {
    const next = Math.min(nextMonthStartNumber(day), last + 1);
    bands.push({
      dayIndex: day - startDayNumber,
      days: next - day,
      month: fromDayNumber(monthStartNumber(day)),
    });
    day = next;
  }
  return bands;
}

/** Day indexes of the Mondays in [from, to]. */
export function weekStarts(startDayNumber: number, from: number, to: number): number[] {
  const out: number[] = [];
  const offset = weekdayOfDayNumber(startDayNumber + from); // days since Monday
  for (let i = offset === 0 ? from : from + 7 - offset; i <= to; i += 7) out.push(i);
  return out;
}

/** ISO 8601 week number of a day number (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekNumber(dayNumber: number): number {
  const thursday = dayNumber - weekdayOfDayNumber(dayNumber) + 3;
  const year = Number(fromDayNumber(thursday).slice(0, 4));
  const jan1 = Math.round(Date.UTC(year, 0, 1) / 86_400_000);
  return Math.floor((thursday - jan1) / 7) + 1;
}
