/**
 * Reading typed numbers in forms that check them before sending (inventory, advertisers,
 * settings): text that is not a number becomes a validation issue at its field's path, so it is
 * reported with the rest of the form and never written.
 */
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { parseDecimal, parseMoneyToCents } from '@renderer/i18n/format.ts';

export type Parsed = { ok: true; value: number } | { ok: false; issue: ValidationIssue };

/** Parses a typed number; empty text is `required`. The value's range is left to the entity schema. */
export function parseNumber(text: string, path: string): Parsed {
  if (text.trim() === '') return { ok: false, issue: { path, code: 'required' } };
  const value = parseDecimal(text);
  if (value === null) return { ok: false, issue: { path, code: 'not_a_number' } };
  return { ok: true, value };
}

/** A typed amount of money in cents; more than two decimals is refused rather than rounded away. */
export function parseCents(text: string, path: string): Parsed {
  const parsed = parseNumber(text, path);
  if (!parsed.ok) return parsed;
  const cents = parseMoneyToCents(text);
  if (cents === null) return { ok: false, issue: { path, code: 'not_a_number' } };
  if (Math.abs(parsed.value * 100 - cents) > 1e-6)
    return { ok: false, issue: { path, code: 'not_whole_cents' } };
  return { ok: true, value: cents };
}

/**
 * Collects parse issues while building a value: `take` returns the parsed number, or NaN after
 * recording the issue (the schema then rejects NaN too, so the value is never written).
 */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];

  take(parsed: Parsed): number {
    if (parsed.ok) return parsed.value;
    this.issues.push(parsed.issue);
    return Number.NaN;
  }

  add(issue: ValidationIssue): void {
    this.issues.push(issue);
  }
}

/** Parse issues first, then the validation issues of paths not already reported. */
export function mergeIssues(first: ValidationIssue[], then: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set(first.map((i) => i.path));
  return [...first, ...then.filter((i) => !seen.has(i.path))];
}
