/**
 * The two dialogs of the booking bar's menu: "Move to…" (another placement and start day, same
 * length) and "Change dates…". They only propose the changed booking; the caller checks and
 * applies it like a drag, so the same capacity rules and undo step follow.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { dayCount, isValidDay } from '@shared/domain/days.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { Booking, Placement } from '@shared/domain/model.ts';
import { DateField, SelectField } from '@renderer/ui/Field.tsx';
import { Modal } from '@renderer/ui/Modal.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { dateRangeIssues, movedBooking, placementsForMove } from './bar-menu-actions.ts';

/** A Modal holding one form, its submit button in the footer (outside the form, hence `form=`). */
function DialogForm(props: {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const formId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <Modal
      title={props.title}
      onClose={props.onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary">
            {props.submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} className="cal-menu-dialog" noValidate onSubmit={submit}>
        {props.children}
      </form>
    </Modal>
  );
}

function issueAt(issues: readonly ValidationIssue[], path: string): ValidationIssue | undefined {
  return issues.find((issue) => issue.path === path);
}

export function MoveToDialog(props: {
  booking: Booking;
  placements: readonly Placement[];
  onCancel: () => void;
  /** Called only with a changed booking: an unchanged one just closes the dialog. */
  onSubmit: (after: Booking) => void;
}) {
  const { t, tc, day, issue } = useI18n();
  const { booking } = props;
  const [placementId, setPlacementId] = useState(booking.placementId);
  const [startDate, setStartDate] = useState(booking.startDate);
  // Like the other forms, a field is only marked wrong once the user tries to submit it.
  const [submitted, setSubmitted] = useState(false);
  const choices = placementsForMove(booking, props.placements);
  // The date input can hold anything while typed: move only from a real day.
  const moved = isValidDay(startDate) ? movedBooking(booking, placementId, startDate) : null;
  const startError = submitted && !moved ? issue({ path: 'startDate', code: 'invalid_date' }) : undefined;

  const submit = () => {
    setSubmitted(true);
    if (!moved) return;
    if (moved.placementId === booking.placementId && moved.startDate === booking.startDate) props.onCancel();
    else props.onSubmit(moved);
  };

  return (
    <DialogForm
      title={t('calendar.menu.moveTo.title')}
      submitLabel={t('calendar.menu.moveTo.submit')}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <SelectField
        label={t('bookings.form.placement')}
        value={placementId}
        onChange={setPlacementId}
        options={choices.map((p) => ({ value: p.id, label: p.name }))}
        hint={choices.length < props.placements.length ? t('calendar.menu.moveTo.compatibleOnly') : undefined}
      />
      <DateField
        label={t('bookings.form.start')}
        value={startDate}
        onChange={setStartDate}
        required
        error={startError}
        hint={
          moved
            ? tc('calendar.menu.moveTo.keepsLength', dayCount(booking.startDate, booking.endDate), {
                end: day(moved.endDate),
              })
            : undefined
        }
      />
    </DialogForm>
  );
}

export function ChangeDatesDialog(props: {
  booking: Booking;
  onCancel: () => void;
  /** Called only with changed dates: unchanged ones just close the dialog. */
  onSubmit: (after: Booking) => void;
}) {
  const { t, issue } = useI18n();
  const { booking } = props;
  const [startDate, setStartDate] = useState(booking.startDate);
  const [endDate, setEndDate] = useState(booking.endDate);
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const message = (path: string) => {
    const found = issueAt(issues, path);
    return found ? issue(found) : undefined;
  };

  const submit = () => {
    const found = dateRangeIssues(startDate, endDate);
    setIssues(found);
    if (found.length > 0) return;
    if (startDate === booking.startDate && endDate === booking.endDate) props.onCancel();
    else props.onSubmit({ ...booking, startDate, endDate });
  };

  return (
    <DialogForm
      title={t('calendar.menu.changeDates.title')}
      submitLabel={t('calendar.menu.changeDates.submit')}
      onSubmit={submit}
      onCancel={props.onCancel}
    >
      <DateField
        label={t('bookings.form.start')}
        value={startDate}
        onChange={setStartDate}
        required
        error={message('startDate')}
      />
      <DateField
        label={t('bookings.form.end')}
        value={endDate}
        onChange={setEndDate}
        required
        min={startDate}
        error={message('endDate')}
      />
    </DialogForm>
  );
}
