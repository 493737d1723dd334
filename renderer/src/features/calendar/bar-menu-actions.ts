/**
 * What the booking bar's context menu does to a booking, pure: the moved, re-dated and duplicated
 * versions it proposes, and the checks its dialogs make before proposing anything. The store still
 * validates every write; these only keep the menu from proposing what it already knows is refused.
 */
import { addDays, addYears, daysBetween, isValidDay, minDay } from '@shared/domain/days.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import { bookingRules, MAX_BOOKING_YEARS } from '@shared/domain/validation.ts';

/** How long a duplicated option holds at most before it has to be confirmed or released. */
export const DUPLICATE_OPTION_DAYS = 7;

/**
 * The expiry of an option made by duplicating `booking`, or null when no expiry is both valid and
 * still live: an option must expire on or before its first day (`expiry_after_start`), and one
 * expiring before today is released at once, so a booking that started before today cannot be
 * duplicated as an option with the same dates.
 *
 * An option keeps its own expiry while it is still live. Otherwise the hold lasts a week, ending the
 * day before the line starts so it is settled before it runs, and never before today.
 */
export function duplicateOptionExpiry(booking: Booking, today: IsoDay): IsoDay | null {
  if (booking.startDate < today) return null;
  const own = booking.status === 'option' ? booking.optionExpiresOn : null;
  if (own !== null && own >= today && own <= booking.startDate) return own;
  const expiry = minDay(addDays(today, DUPLICATE_OPTION_DAYS), addDays(booking.startDate, -1));
  return expiry < today ? today : expiry;
}

/** A new option on the same placement and dates, or null when it cannot be held (see above). */
export function duplicateBooking(booking: Booking, today: IsoDay, id: string): Booking | null {
  const optionExpiresOn = duplicateOptionExpiry(booking, today);
  if (optionExpiresOn === null) return null;
  // A new record: the store keeps a `version` it is given, and the server has never seen this one.
  return { ...booking, id, version: 0, updatedAt: '', status: 'option', optionExpiresOn };
}

/** The booking on another placement from another day, keeping its number of days. */
export function movedBooking(booking: Booking, placementId: string, startDate: IsoDay): Booking {
  const length = daysBetween(booking.startDate, booking.endDate);
  return { ...booking, placementId, startDate, endDate: addDays(startDate, length) };
}

/** The issues of a typed date range, with the paths of the fields to mark (empty when it is fine). */
export function dateRangeIssues(startDate: string, endDate: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isValidDay(startDate)) issues.push({ path: 'startDate', code: 'invalid_date' });
  if (!isValidDay(endDate)) issues.push({ path: 'endDate', code: 'invalid_date' });
  if (issues.length > 0) return issues;
  if (endDate < startDate) return [{ path: 'endDate', code: 'end_before_start' }];
  if (endDate >= addYears(startDate, MAX_BOOKING_YEARS)) {
    return [{ path: 'endDate', code: 'range_too_long', params: { maxYears: MAX_BOOKING_YEARS } }];
  }
  return [];
}

/** The codes of `bookingRules` that depend on the placement alone. */
const PLACEMENT_CODES = new Set(['format_not_accepted', 'volume_kind_mismatch', 'rate_model_mismatch']);

/**
 * The placements a booking may be moved to, in the given order: those that accept its format, its
 * kind of volume and its rate model (asked of `bookingRules`, so the menu and the store agree).
 * Its own placement is always kept, so the dialog can start from it.
 */
export function placementsForMove(booking: Booking, placements: readonly Placement[]): Placement[] {
  return placements.filter(
    (placement) =>
      placement.id === booking.placementId ||
      !bookingRules({ ...booking, placementId: placement.id }, placement, undefined).some((issue) =>
        PLACEMENT_CODES.has(issue.code),
      ),
  );
}
