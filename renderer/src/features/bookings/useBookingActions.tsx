/**
 * One-click actions on a booking line: confirm an option (warning first when it would overbook),
 * cancel a booking (after a confirmation). Both are commands, so Ctrl+Z undoes them.
 * Render `dialog` somewhere in the screen for the confirmations to appear.
 */
import { useState, type ReactNode } from 'react';
import { wouldOverbook } from '@shared/domain/availability.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { ConfirmDialog } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { useRunCommand } from '@renderer/ui/useRunCommand.ts';

type Pending =
  { kind: 'cancel'; booking: Booking } | { kind: 'confirm'; booking: Booking; overbookedDays: string[] };

export interface BookingActions {
  confirmOption: (booking: Booking) => void;
  cancelBooking: (booking: Booking) => void;
  dialog: ReactNode;
}

export function useBookingActions(opts: {
  placementById: ReadonlyMap<string, Placement>;
  bookings: readonly Booking[];
  today: IsoDay;
  /** Called after a booking was cancelled (a form closes itself). */
  onCancelled?: () => void;
}): BookingActions {
  const i18n = useI18n();
  const { t, tc, day, dayRange } = i18n;
  const run = useRunCommand();
  const [pending, setPending] = useState<Pending | null>(null);
  const show = useToasts((s) => s.show);

  const describe = (booking: Booking) =>
    `${opts.placementById.get(booking.placementId)?.name ?? t('common.none')}, ${dayRange(booking.startDate, booking.endDate)}`;

  const write = async (booking: Booking, patch: Partial<Booking>, label: string, done: string) => {
    const result = await run({ type: 'update', entity: 'bookings', id: booking.id, patch }, label);
    if (!result) return false;
    if (!result.ok) {
      show(result.issues.map((issue) => i18n.issue(issue)).join(' '), 'error');
      return false;
    }
    show(done);
    return true;
  };

  const confirmNow = (booking: Booking) =>
    write(
      booking,
      { status: 'confirmed', optionExpiresOn: null },
      t('bookings.undo.confirm'),
      t('bookings.toast.confirmed'),
    );

  const confirmOption = (booking: Booking) => {
    const placement = opts.placementById.get(booking.placementId);
    const overbooked = placement
      ? wouldOverbook(
          placement,
          opts.bookings.filter((b) => b.placementId === placement.id),
          { ...booking, status: 'confirmed', optionExpiresOn: null },
          opts.today,
        ).overbookedDays
      : [];
    if (overbooked.length > 0) {
      setPending({ kind: 'confirm', booking, overbookedDays: overbooked.map((d) => d.day) });
    } else {
      void confirmNow(booking);
    }
  };

  const cancelBooking = (booking: Booking) => setPending({ kind: 'cancel', booking });

  let dialog: ReactNode = null;
  if (pending?.kind === 'cancel') {
    const booking = pending.booking;
    dialog = (
      <ConfirmDialog
        danger
        message={t('bookings.cancel.message', { booking: describe(booking) })}
        confirmLabel={t('bookings.action.cancelBooking')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          setPending(null);
          void write(
            booking,
            { status: 'cancelled' },
            t('bookings.undo.cancel'),
            t('bookings.toast.cancelled'),
          ).then((ok) => {
            if (ok) opts.onCancelled?.();
          });
        }}
      />
    );
  } else if (pending?.kind === 'confirm') {
    const { booking, overbookedDays } = pending;
    dialog = (
      <ConfirmDialog
        danger
        message={tc('bookings.overbook.message', overbookedDays.length, {
          booking: describe(booking),
          days: overbookedDays
            .slice(0, 6)
            .map((d) => day(d, 'short'))
            .join(', '),
        })}
        confirmLabel={t('bookings.overbook.confirmAnyway')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          setPending(null);
          void confirmNow(booking);
        }}
      />
    );
  }

  return { confirmOption, cancelBooking, dialog };
}
