/**
 * The days the calendar spans: from the first of the month a year before today to the end of the
 * month two years after it. Fixed per day, so the occupancy index is built once and then follows
 * changes; bookings entirely outside the window are not drawn (they are in the Bookings list).
 */
import { addDays, fromDayNumber, toDayNumber } from '@shared/domain/days.ts';
import type { IsoDay } from '@shared/domain/model.ts';

export interface CalendarWindow {
  start: IsoDay;
  end: IsoDay;
  /** Days in the window. */
  days: number;
}

const MONTHS_BEFORE = 12;
const MONTHS_AFTER = 24;

function firstOfMonth(year: number, month: number): IsoDay {
  const date = new Date(Date.UTC(year, month, 1));
  return fromDayNumber(Math.round(date.getTime() / 86_400_000));
}

export function calendarWindow(today: IsoDay): CalendarWindow {
  const [year = 1970, month = 1] = today.split('-').map(Number);
  const start = firstOfMonth(year, month - 1 - MONTHS_BEFORE);
  const end = addDays(firstOfMonth(year, month + MONTHS_AFTER), -1);
  return { start, end, days: toDayNumber(end) - toDayNumber(start) + 1 };
}
