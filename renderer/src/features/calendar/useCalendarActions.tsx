/**
 * What the calendar does with a gesture or a menu choice: judge the proposed changes again (the
 * store may have moved on since the preview), refuse with a specific message, ask before placing
 * options over capacity, and write through the undo history as ONE step (a group move too). Also
 * the live region's words and the dialogs (booking form, warning, context menu).
 */
import { useRef, useState, type ReactNode } from 'react';
import { capacityUnit } from '@shared/domain/capacity.ts';
import { addDays } from '@shared/domain/days.ts';
import type { Booking } from '@shared/domain/model.ts';
import { BookingForm, type BookingPreset } from '@renderer/features/bookings/BookingForm.tsx';
import { useBookingActions } from '@renderer/features/bookings/useBookingActions.tsx';
import { useI18n, type I18n } from '@renderer/i18n/index.tsx';
import type { Command } from '@renderer/store/command-types.ts';
import { ConfirmDialog } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { useRunCommand } from '@renderer/ui/useRunCommand.ts';
import { BarMenu } from './BarMenu.tsx';
import type { GridActions } from './CalendarGrid.tsx';
import { changePatch } from './drag-proposal.ts';
import { checkDrop, type DropProblem, type DropVerdict, type ProposedChange } from './drop-check.ts';
import type { GridGesture } from './grid-gesture.ts';
import type { CalendarModel } from './useCalendarModel.ts';
import { describeGesture } from './announce.ts';

/** A campaign dropped from the tray starts as a one-week booking: the commonest flight. */
const NEW_BOOKING_DAYS = 7;

type Dialog =
  | { kind: 'form'; booking?: Booking; preset?: BookingPreset }
  | { kind: 'warn'; changes: ProposedChange[]; label: string; verdict: DropVerdict }
  | { kind: 'menu'; booking: Booking; x: number; y: number };

export function commandFor(changes: readonly ProposedChange[]): Command {
  const commands: Command[] = changes.map((change) =>
    change.before
      ? { type: 'update', entity: 'bookings', id: change.after.id, patch: changePatch(change) }
      : { type: 'create', entity: 'bookings', value: change.after },
  );
  return commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands };
}

export function gestureLabel(gesture: GridGesture, t: I18n['t']): string {
  if (gesture.spec.kind === 'resize') return t('calendar.undo.resize');
  return gesture.changes.length > 1 ? t('calendar.undo.moveGroup') : t('calendar.undo.move');
}

export function useCalendarActions(model: CalendarModel | undefined, startMove: (b: Booking) => void) {
  const i18n = useI18n();
  const { t } = i18n;
  const run = useRunCommand();
  const show = useToasts((s) => s.show);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const bookingActions = useBookingActions({
    placementById: model?.planning.placementById ?? new Map(),
    bookings: model?.planning.bookings ?? [],
    today: model?.grid.today ?? '',
  });

  const say = (text: string) => {
    if (liveRef.current) liveRef.current.textContent = text;
  };

  const describeBooking = (booking: Booking) => {
    const campaign = model?.planning.campaignById.get(booking.campaignId);
    const advertiser = campaign ? model?.planning.advertiserById.get(campaign.advertiserId) : undefined;
    return [campaign?.name ?? '?', advertiser?.name].filter(Boolean).join(' · ');
  };

  const problemText = (problem: DropProblem): string => {
    const placement = model?.planning.placementById.get(problem.placementId);
    const name = placement?.name ?? '?';
    if (problem.kind === 'format')
      return t('calendar.refused.format', { placement: name, format: problem.format });
    if (problem.kind === 'unknown_placement') return t('calendar.refused.unknown');
    if (problem.kind === 'unit')
      return t('calendar.refused.unit', { placement: name, unit: t(`calendar.unit.${problem.unit}`) });
    const unit = placement ? capacityUnit(placement) : 'slots';
    const days = problem.days
      .slice(0, 4)
      .map((d) => `${i18n.day(d.day, 'weekday')} (+${i18n.number(d.excess)})`)
      .join(', ');
    const key = problem.kind === 'overbooked' ? 'calendar.refused.overbooked' : 'calendar.warn.atRisk';
    return i18n.tc(key, problem.days.length, { placement: name, days, unit: t(`calendar.unit.${unit}`) });
  };

  const write = async (changes: ProposedChange[], label: string) => {
    const result = await run(commandFor(changes), label);
    if (!result) return;
    if (!result.ok) {
      show(result.issues.map((issue) => i18n.issue(issue)).join(' '), 'error');
      return;
    }
    show(t('calendar.toast.saved', { what: label }));
  };

  /** Judges the changes against the store as it is now, then writes, refuses or asks. */
  const apply = async (changes: ProposedChange[], label: string) => {
    if (!model || changes.length === 0) return;
    const { placementById, bookingsByPlacement, today } = model.grid;
    const verdict = checkDrop(changes, placementById, bookingsByPlacement, today);
    if (verdict.outcome === 'refused') {
      const reasons = verdict.problems.filter((p) => p.kind !== 'at_risk').map(problemText);
      show(`${t('calendar.refused.title')} ${reasons.join(' ')}`, 'error');
      say(`${t('calendar.refused.title')} ${reasons.join(' ')}`);
      return;
    }
    if (verdict.outcome === 'warn') {
      setDialog({ kind: 'warn', changes, label, verdict });
      return;
    }
    await write(changes, label);
  };

  const actions: GridActions = {
    drop: (gesture) => apply(gesture.changes, gestureLabel(gesture, t)),
    create: (span) => setDialog({ kind: 'form', preset: span }),
    open: (booking) => setDialog({ kind: 'form', booking }),
    cancelBooking: (booking) => {
      void write(
        [{ before: booking, after: { ...booking, status: 'cancelled' } }],
        t('calendar.undo.cancel'),
      );
    },
    openMenu: (booking, x, y) => setDialog({ kind: 'menu', booking, x, y }),
    announce: (gesture) =>
      say(gesture && model ? describeGesture(gesture, model, i18n) : t('calendar.announce.cancelled')),
    ghostLabel: describeBooking,
    placeCampaign: (campaignId, placementId, day) =>
      setDialog({
        kind: 'form',
        preset: { campaignId, placementId, startDate: day, endDate: addDays(day, NEW_BOOKING_DAYS - 1) },
      }),
  };

  let dialogs: ReactNode = bookingActions.dialog;
  if (dialog?.kind === 'form') {
    dialogs = (
      <BookingForm
        key={dialog.booking?.id ?? 'new'}
        booking={dialog.booking}
        preset={dialog.preset}
        onClose={() => setDialog(null)}
      />
    );
  } else if (dialog?.kind === 'warn') {
    dialogs = (
      <ConfirmDialog
        message={dialog.verdict.problems.map(problemText).join(' ')}
        confirmLabel={t('calendar.warn.confirm')}
        onCancel={() => {
          setDialog(null);
          say(t('calendar.announce.cancelled'));
        }}
        onConfirm={() => {
          setDialog(null);
          void write(dialog.changes, dialog.label);
        }}
      />
    );
  } else if (dialog?.kind === 'menu' && model) {
    const placements = model.grid.order.ids
      .map((id) => model.planning.placementById.get(id))
      .filter((p) => p !== undefined);
    dialogs = (
      <BarMenu
        booking={dialog.booking}
        x={dialog.x}
        y={dialog.y}
        placements={placements}
        onClose={() => setDialog(null)}
        onOpen={(booking) => setDialog({ kind: 'form', booking })}
        onStartMove={(booking) => {
          setDialog(null);
          startMove(booking);
        }}
        onApply={(changes, label) => {
          setDialog(null);
          void apply(changes, label);
        }}
        onConfirmOption={(booking) => {
          setDialog(null);
          bookingActions.confirmOption(booking);
        }}
        onCancelBooking={(booking) => {
          setDialog(null);
          actions.cancelBooking(booking);
        }}
      />
    );
  }

  return { actions, dialogs, liveRef };
}
