/**
 * What the booking form shows under its fields while the user types, all computed by the shared
 * domain functions: the price of the line and the placement's availability over its dates.
 */
import { useMemo } from 'react';
import { addYears, isValidDay } from '@shared/domain/days.ts';
import {
  availability,
  wouldOverbook,
  type Availability,
  type OverbookCheck,
} from '@shared/domain/availability.ts';
import { isLive } from '@shared/domain/load.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import { bookingPrice, type BookingPrice } from '@shared/domain/pricing.ts';
import { MAX_BOOKING_YEARS } from '@shared/domain/validation.ts';
import { draftCandidate, type BookingDraft } from './booking-draft.ts';

export interface BookingCheck {
  placement: Placement | undefined;
  /** The draft as a booking, when it is complete enough to price. */
  candidate: Booking | null;
  price: BookingPrice | null;
  /** The placement over the draft's dates, the edited booking left out. */
  availability: Availability<Booking> | null;
  /** What the draft itself would do to those days. */
  overbook: OverbookCheck | null;
  /** Whether the draft takes capacity today (confirmed, or an option not past its expiry). */
  live: boolean;
}

function validRange(start: string, end: string): boolean {
  return isValidDay(start) && isValidDay(end) && start <= end && end < addYears(start, MAX_BOOKING_YEARS);
}

export function useBookingCheck(
  draft: BookingDraft,
  placements: ReadonlyMap<string, Placement>,
  bookings: readonly Booking[],
  today: IsoDay,
  /** The booking being edited, if any: it stands aside for "what if". */
  bookingId: string | undefined,
): BookingCheck {
  const placement = placements.get(draft.placementId);
  const placementBookings = useMemo(
    () => (placement ? bookings.filter((b) => b.placementId === placement.id) : []),
    [bookings, placement],
  );
  const candidate = useMemo(() => draftCandidate(draft, bookingId), [draft, bookingId]);

  const price = useMemo(
    () => (candidate && placement ? bookingPrice(candidate, placement) : null),
    [candidate, placement],
  );

  const { startDate, endDate } = draft;
  const available = useMemo(() => {
    if (!placement || !validRange(startDate, endDate)) return null;
    return availability(placement, placementBookings, startDate, endDate, today, {
      ...(bookingId ? { excludeBookingId: bookingId } : {}),
    });
  }, [placement, placementBookings, startDate, endDate, today, bookingId]);

  const overbook = useMemo(() => {
    if (!placement || !candidate || candidate.placementId !== placement.id) return null;
    return wouldOverbook(placement, placementBookings, candidate, today);
  }, [placement, placementBookings, candidate, today]);

  return {
    placement,
    candidate,
    price,
    availability: available,
    overbook,
    live: candidate ? isLive(candidate, today) : false,
  };
}
