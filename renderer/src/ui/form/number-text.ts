/**
 * Numbers and the text a form keeps them as. A form holds text so the user's input ("12,5",
 * "1 000") survives a failed save untouched. These conversions check nothing: text that is not a
 * number is passed on as it is, for the store's validation (the single source of truth) to report
 * next to the field. `parse-number.ts` is for forms that check their numbers before sending.
 */
import type { Locale } from '@shared/domain/model.ts';
import { parseDecimal } from '@renderer/i18n/format.ts';

/** A number as the user would type it (decimal comma in French, no grouping); blank for none. */
export function numberToText(value: number | undefined, locale: Locale): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** Cents as an amount with two decimals (`1250` → "12,50" in French); blank for none. */
export function centsToText(cents: number | undefined, locale: Locale): string {
  if (cents === undefined || !Number.isFinite(cents)) return '';
  const text = (cents / 100).toFixed(2);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/**
 * A typed number; `empty` when the text is blank (if given), the text itself when it is not a
 * number (the store answers `not_a_number`).
 */
export function textToNumber(text: string, empty?: number): number | string {
  if (text.trim() === '' && empty !== undefined) return empty;
  return parseDecimal(text) ?? text;
}

/**
 * A typed amount of money in cents. Whole cents are made exact ("12,34" → 1234 despite floating
 * point); an amount with more than two decimals stays fractional so the store reports
 * `not_whole_cents` instead of the form rounding it silently.
 */
export function textToCents(text: string): number | string {
  const value = parseDecimal(text);
  if (value === null) return text;
  const cents = value * 100;
  const whole = Math.round(cents);
  return Math.abs(cents - whole) < 1e-6 ? whole : cents;
}
