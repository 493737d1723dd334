/**
 * The booking form, in a modal: new or existing booking, from the Bookings screen, a campaign, or
 * anywhere else (the calendar can pass a preset placement and dates).
 *
 * Saving sends one command; the store validates it and, when it refuses, its issues are shown
 * next to the fields with the user's input left as typed. Confirming a line that would sell a
 * placement beyond its capacity asks first.
 */
import { useCallback, useId, useState } from 'react';
import type { Booking, Campaign, IsoDay, Placement } from '@shared/domain/model.ts';
import { validateBooking } from '@shared/domain/validation.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { Command } from '@renderer/store/command-types.ts';
import { fieldErrors, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { ConfirmDialog, Modal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { bookingToDraft, draftToInput, newBookingDraft, type BookingDraft } from './booking-draft.ts';
import { BookingFeedback } from './BookingFeedback.tsx';
import { BOOKING_FIELD_PATHS, BookingFields } from './BookingFields.tsx';
import { textToNumber } from './draft-text.ts';
import { useBookingActions } from './useBookingActions.tsx';
import { useBookingCheck } from './useBookingCheck.ts';
import { usePlanning, type Planning } from './usePlanning.ts';
import { useRunCommand } from './useRunCommand.ts';
import { useToday } from './useToday.ts';
import './bookings.css';

export interface BookingPreset {
  campaignId?: string;
  placementId?: string;
  startDate?: IsoDay;
  endDate?: IsoDay;
}

export interface BookingFormProps {
  /** The booking to edit; a new one when absent. */
  booking?: Booking | undefined;
  /** Starting values of a new booking. */
  preset?: BookingPreset | undefined;
  onClose: () => void;
  onSaved?: (bookingId: string) => void;
}

export function BookingForm(props: BookingFormProps) {
  const { t } = useI18n();
  const planning = usePlanning();
  if (!planning) {
    return (
      <Modal
        title={props.booking ? t('bookings.form.editTitle') : t('bookings.form.newTitle')}
        onClose={props.onClose}
      >
        <p aria-busy="true">{t('common.loading')}</p>
      </Modal>
    );
  }
  return <BookingFormBody {...props} planning={planning} />;
}

/**
 * Whether the store will accept the draft, by the same shared validation: the overbooking
 * question is only asked of a booking that can be saved (a refused one gets its messages first).
 * Like the store, an edit is only refused for issues it introduces.
 */
function storeWouldAccept(
  draft: BookingDraft,
  booking: Booking | undefined,
  placement: Placement | undefined,
  campaign: Campaign | undefined,
): boolean {
  const ctx = { placement, campaign };
  const result = validateBooking({ ...draftToInput(draft), id: booking?.id ?? 'new' }, ctx);
  if (result.ok) return true;
  if (!booking) return false;
  const before = validateBooking(booking, ctx);
  const known = new Set(before.ok ? [] : before.issues.map((i) => `${i.path}:${i.code}`));
  return result.issues.every((i) => known.has(`${i.path}:${i.code}`));
}

function isShownField(path: string): boolean {
  return BOOKING_FIELD_PATHS.some((field) => path === field || path.startsWith(`${field}.`));
}

function BookingFormBody({
  booking,
  preset,
  onClose,
  onSaved,
  planning,
}: BookingFormProps & { planning: Planning }) {
  const i18n = useI18n();
  const { t } = i18n;
  const today = useToday();
  const run = useRunCommand();
  const show = useToasts((s) => s.show);
  const go = useNavigation((s) => s.go);
  const formId = useId();

  const [draft, setDraft] = useState<BookingDraft>(() =>
    booking
      ? bookingToDraft(booking, i18n.locale)
      : newBookingDraft({
          today,
          locale: i18n.locale,
          campaignId: preset?.campaignId,
          placement: preset?.placementId ? planning.placementById.get(preset.placementId) : undefined,
          ...(preset?.startDate ? { startDate: preset.startDate } : {}),
          ...(preset?.endDate ? { endDate: preset.endDate } : {}),
        }),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const [askOverbook, setAskOverbook] = useState(false);

  const change = useCallback((next: BookingDraft, ...paths: string[]) => {
    setDraft(next);
    if (paths.length === 0) return;
    setErrors((current) => {
      const kept = Object.entries(current).filter(
        ([key]) => !paths.some((path) => key === path || key.startsWith(`${path}.`)),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, []);

  const check = useBookingCheck(draft, planning.placementById, planning.bookings, today, booking?.id);
  const campaign = planning.campaignById.get(draft.campaignId);
  const currency = campaign?.currency ?? 'EUR';
  const discount = textToNumber(draft.discountPct, 0);

  const actions = useBookingActions({
    placementById: planning.placementById,
    bookings: planning.bookings,
    today,
    onCancelled: onClose,
  });

  const save = async () => {
    setSaving(true);
    try {
      const input = draftToInput(draft);
      const command: Command = booking
        ? { type: 'update', entity: 'bookings', id: booking.id, patch: input }
        : { type: 'create', entity: 'bookings', value: input };
      const result = await run(command, booking ? t('bookings.undo.edit') : t('bookings.undo.create'));
      if (!result) return;
      if (!result.ok) {
        setErrors(fieldErrors(result.issues, i18n));
        return;
      }
      show(booking ? t('bookings.toast.saved') : t('bookings.toast.created'));
      onSaved?.(booking?.id ?? result.createdIds[0] ?? '');
      onClose();
    } finally {
      setSaving(false);
    }
  };

  const submit = () => {
    const overbooked =
      check.candidate?.status === 'confirmed' ? (check.overbook?.overbookedDays.length ?? 0) : 0;
    if (
      overbooked > 0 &&
      storeWouldAccept(draft, booking, check.placement, planning.campaignById.get(draft.campaignId))
    ) {
      setAskOverbook(true);
    } else {
      void save();
    }
  };

  const otherErrors = Object.entries(errors)
    .filter(([path]) => !isShownField(path))
    .map(([, message]) => message);
  const hasErrors = Object.keys(errors).length > 0;
  const canCancel = booking && (booking.status === 'option' || booking.status === 'confirmed');

  return (
    <Modal
      wide
      title={booking ? t('bookings.form.editTitle') : t('bookings.form.newTitle')}
      onClose={onClose}
      footer={
        <>
          {canCancel && (
            <button
              type="button"
              className="button button--danger-ghost"
              onClick={() => actions.cancelBooking(booking)}
            >
              {t('bookings.action.cancelBooking')}
            </button>
          )}
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            {t('action.save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        aria-label={booking ? t('bookings.form.editTitle') : t('bookings.form.newTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {planning.campaigns.length === 0 && (
          <p className="notice notice--warning">
            {t('bookings.form.noCampaigns')}{' '}
            <button type="button" className="button" onClick={() => go('campaigns', 'new')}>
              {t('campaigns.action.new')}
            </button>
          </p>
        )}
        {planning.placements.length === 0 && (
          <p className="notice notice--warning">
            {t('bookings.form.noPlacements')}{' '}
            <button type="button" className="button" onClick={() => go('inventory')}>
              {t('nav.inventory')}
            </button>
          </p>
        )}
        {hasErrors && (
          <div className="form-error" role="alert">
            <p>{t('validation.summary')}</p>
            {otherErrors.length > 0 && (
              <ul>
                {otherErrors.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <BookingFields
          draft={draft}
          change={change}
          errors={errors}
          planning={planning}
          today={today}
          currency={currency}
        />
        <BookingFeedback
          check={check}
          currency={currency}
          discountPct={typeof discount === 'number' ? discount : 0}
          campaignById={planning.campaignById}
        />
      </form>
      {askOverbook && (
        <ConfirmDialog
          danger
          message={i18n.tc('bookings.overbook.formMessage', check.overbook?.overbookedDays.length ?? 0)}
          confirmLabel={t('bookings.overbook.saveAnyway')}
          onCancel={() => setAskOverbook(false)}
          onConfirm={() => {
            setAskOverbook(false);
            void save();
          }}
        />
      )}
      {actions.dialog}
    </Modal>
  );
}
