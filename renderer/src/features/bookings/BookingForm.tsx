/**
 * The booking form, in a modal: new or existing booking, from the Bookings screen, a campaign, or
 * anywhere else (the calendar can pass a preset placement and dates).
 *
 * Saving sends one command; the store validates it and, when it refuses, its issues are shown
 * next to the fields with the user's input left as typed. Confirming a line that would sell a
 * placement beyond its capacity asks first.
 */
import { useCallback, useState } from 'react';
import type { Booking, Campaign, IsoDay, Placement } from '@shared/domain/model.ts';
import { validateBooking } from '@shared/domain/validation.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { fieldErrors } from '@renderer/ui/form/form-errors.ts';
import { FormErrorSummary } from '@renderer/ui/form/FormErrorSummary.tsx';
import { FormModal } from '@renderer/ui/form/FormModal.tsx';
import { textToNumber } from '@renderer/ui/form/number-text.ts';
import { useFormErrors } from '@renderer/ui/form/useFormErrors.ts';
import { useSaveRecord } from '@renderer/ui/form/useSaveRecord.ts';
import { ConfirmDialog, LoadingModal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { bookingToDraft, draftToInput, newBookingDraft, type BookingDraft } from './booking-draft.ts';
import { BookingFeedback } from './BookingFeedback.tsx';
import { BOOKING_FIELD_PATHS, BookingFields } from './BookingFields.tsx';
import { useBookingActions } from './useBookingActions.tsx';
import { useBookingCheck } from './useBookingCheck.ts';
import { usePlanning, type Planning } from './usePlanning.ts';
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
  const title = props.booking ? t('bookings.form.editTitle') : t('bookings.form.newTitle');
  if (!planning) return <LoadingModal title={title} onClose={props.onClose} />;
  return <BookingFormBody {...props} planning={planning} title={title} />;
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

function BookingFormBody({
  booking,
  preset,
  onClose,
  onSaved,
  planning,
  title,
}: BookingFormProps & { planning: Planning; title: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const today = useToday();
  const show = useToasts((s) => s.show);
  const go = useNavigation((s) => s.go);
  const { formId, errors, setErrors, clearErrors } = useFormErrors();
  const { saving, save: saveRecord } = useSaveRecord();

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
  const [askOverbook, setAskOverbook] = useState(false);

  const change = useCallback(
    (next: BookingDraft, ...paths: string[]) => {
      setDraft(next);
      clearErrors(...paths);
    },
    [clearErrors],
  );

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
    const undoLabel = booking ? t('bookings.undo.edit') : t('bookings.undo.create');
    const result = await saveRecord('bookings', booking?.id, draftToInput(draft), undoLabel);
    if (!result) return;
    if (!result.ok) return setErrors(fieldErrors(result.issues, i18n));
    show(booking ? t('bookings.toast.saved') : t('bookings.toast.created'));
    onSaved?.(booking?.id ?? result.createdIds[0] ?? '');
    onClose();
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

  const canCancel = booking && (booking.status === 'option' || booking.status === 'confirmed');

  return (
    <FormModal
      wide
      title={title}
      formId={formId}
      formLabel={title}
      saving={saving}
      onSubmit={submit}
      onClose={onClose}
      footerStart={
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
        </>
      }
      dialogs={
        <>
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
        </>
      }
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
      <FormErrorSummary errors={errors} fields={BOOKING_FIELD_PATHS} listUnplaced />
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
    </FormModal>
  );
}
