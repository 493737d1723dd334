/**
 * Numbers as the user types them in a form, and back. A form keeps its numbers as text so the
 * user's input ("12,5", "1 000") survives a failed save untouched; these helpers turn stored
 * values into editable text in the user's locale and typed text into the numbers a command
 * carries. Text that is not a number is passed on as it is, so the store's validation (the single
 * source of truth) reports it next to the field.
 */
import type { Locale } from '@shared/domain/model.ts';
import { parseDecimal } from '@renderer/i18n/format.ts';

/** A decimal as editable text: `12.5` → "12,5" in French, "12.5" in English. */
export function decimalToText(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** Cents as editable text with two decimals: `1250` → "12,50" in French. */
export function centsToText(cents: number, locale: Locale): string {
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
