/**
 * French public holidays (jours fériés), as day numbers: the forecasts of impression placements
 * dip on them, and the calendar shades them.
 */
import { fromDayNumber } from './days.ts';

const MS_PER_DAY = 86_400_000;

function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as a day number. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, day);
}

export interface Holiday {
  day: number;
  name: string;
}

/** The eleven French public holidays (jours fériés) of a year, in date order. */
export function frenchPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    { day: dayOf(year, 1, 1), name: 'Jour de l’an' },
    { day: easter + 1, name: 'Lundi de Pâques' },
    { day: dayOf(year, 5, 1), name: 'Fête du Travail' },
    { day: dayOf(year, 5, 8), name: 'Victoire 1945' },
    { day: easter + 39, name: 'Ascension' },
    { day: easter + 50, name: 'Lundi de Pentecôte' },
    { day: dayOf(year, 7, 14), name: 'Fête nationale' },
    { day: dayOf(year, 8, 15), name: 'Assomption' },
    { day: dayOf(year, 11, 1), name: 'Toussaint' },
    { day: dayOf(year, 11, 11), name: 'Armistice 1918' },
    { day: dayOf(year, 12, 25), name: 'Noël' },
  ].sort((x, y) => x.day - y.day);
}

/** French public holidays between two day numbers, inclusive. */
export function frenchPublicHolidaysBetween(first: number, last: number): Holiday[] {
  const out: Holiday[] = [];
  const fromYear = Number(fromDayNumber(first).slice(0, 4));
  const toYear = Number(fromDayNumber(last).slice(0, 4));
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of frenchPublicHolidays(year)) {
      if (holiday.day >= first && holiday.day <= last) out.push(holiday);
    }
  }
  return out;
}
