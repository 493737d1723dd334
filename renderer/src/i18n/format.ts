/**
 * Locale formatting of the planner's values. Days are `YYYY-MM-DD` calendar days, so they are
 * formatted at UTC midnight with `timeZone: 'UTC'`: the day shown is the day stored, whatever the
 * laptop's time zone.
 */
import type { IsoDay, Locale } from '@shared/domain/model.ts';

const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter as T;
}

function dayToUtcDate(day: IsoDay): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

export type DayStyle = 'short' | 'medium' | 'long' | 'weekday';
const dayOptions: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  short: { day: '2-digit', month: '2-digit', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
};

export function formatDay(day: IsoDay, locale: Locale, style: DayStyle = 'medium'): string {
  const formatter = cached(`day:${locale}:${style}`, () =>
    Intl.DateTimeFormat(intlLocale[locale], { ...dayOptions[style], timeZone: 'UTC' }),
  );
  return formatter.format(dayToUtcDate(day));
}

/** A month and its year ("March 2026", "mars 2026"): the calendar's month headers. */
export function formatMonth(day: IsoDay, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const formatter = cached(`month:${locale}:${style}`, () =>
    Intl.DateTimeFormat(intlLocale[locale], { month: style, year: 'numeric', timeZone: 'UTC' }),
  );
  return formatter.format(dayToUtcDate(day));
}

/** The weekday's initial ("M", "L"): the calendar's day headers. */
export function formatWeekdayInitial(day: IsoDay, locale: Locale): string {
  const formatter = cached(`weekday:${locale}`, () =>
    Intl.DateTimeFormat(intlLocale[locale], { weekday: 'narrow', timeZone: 'UTC' }),
  );
  return formatter.format(dayToUtcDate(day));
}

export function formatDayRange(start: IsoDay, end: IsoDay, locale: Locale): string {
  const formatter = cached(`range:${locale}`, () =>
    Intl.DateTimeFormat(intlLocale[locale], { ...dayOptions.medium, timeZone: 'UTC' }),
  );
  return formatter.formatRange(dayToUtcDate(start), dayToUtcDate(end));
}

/** A UTC timestamp in the user's own time zone (sync times, audit). */
export function formatTimestamp(iso: string, locale: Locale): string {
  const formatter = cached(`ts:${locale}`, () =>
    Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short' }),
  );
  return formatter.format(new Date(iso));
}

export function formatMoney(cents: number, currency: string, locale: Locale): string {
  const formatter = cached(`money:${locale}:${currency}`, () =>
    Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency }),
  );
  return formatter.format(cents / 100);
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 0): string {
  const formatter = cached(`number:${locale}:${maximumFractionDigits}`, () =>
    Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits }),
  );
  return formatter.format(value);
}

/** `pct` in percent (12.5 → "12,5 %" in French). */
export function formatPercent(pct: number, locale: Locale, maximumFractionDigits = 2): string {
  const formatter = cached(`pct:${locale}:${maximumFractionDigits}`, () =>
    Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits }),
  );
  return formatter.format(pct / 100);
}

/** One PluralRules per locale: building one costs far more than a lookup, and labels ask per row. */
const pluralRules = new Map<Locale, Intl.PluralRules>();

export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale[locale]);
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/** Parses a decimal typed by the user in either locale ("12,5" or "12.5", "1 000"). */
export function parseDecimal(text: string): number | null {
  const normalised = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  if (normalised === '' || !/^-?\d*\.?\d+$/.test(normalised)) return null;
  return Number(normalised);
}

/** Parses an amount of money typed by the user into integer cents ("12,50" → 1250). */
export function parseMoneyToCents(text: string): number | null {
  const value = parseDecimal(text);
  if (value === null) return null;
  return Math.round(value * 100);
}
