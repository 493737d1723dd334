/**
 * The keyboard's active cell: where it is, what a screen reader hears about it, the booking under
 * it, and scrolling it into view when the keyboard moves it.
 */
import { useCallback } from 'react';
import { toDayNumber } from '@shared/domain/days.ts';
import type { Booking } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useCalendar, type ActiveCell } from './calendar-store.ts';
import type { GridLayout } from './geometry.ts';
import type { GridModel } from './grid-gesture.ts';
import type { RowBars } from './bar-painter.ts';
import type { GridViewport } from './useGridViewport.ts';

export function useActiveCell(
  model: GridModel,
  layout: GridLayout,
  viewport: GridViewport,
  barsFor: (placementId: string) => RowBars | undefined,
  describe: (booking: Booking) => string,
) {
  const i18n = useI18n();
  const cell = useCalendar((s) => s.active);
  const setActive = useCalendar((s) => s.setActive);

  const bookingAt = useCallback(
    (at: ActiveCell): Booking | undefined => {
      const row = model.rows[at.row];
      if (row?.kind !== 'placement') return undefined;
      const bars = barsFor(row.placement.id);
      if (!bars) return undefined;
      const dayNumber = model.index.startDayNumber + at.day;
      let best: Booking | undefined;
      for (const booking of bars.bookings) {
        if (toDayNumber(booking.startDate) > dayNumber || toDayNumber(booking.endDate) < dayNumber) continue;
        if (!best || (bars.lanes.get(booking.id) ?? 0) < (bars.lanes.get(best.id) ?? 0)) best = booking;
      }
      return best;
    },
    [model, barsFor],
  );

  const { reveal } = viewport;
  const set = useCallback(
    (next: ActiveCell) => {
      setActive(next);
      reveal(next.day * layout.dayWidth, next.row * layout.rowHeight, layout.dayWidth, layout.rowHeight);
    },
    [setActive, reveal, layout],
  );

  const row = model.rows[cell.row];
  const day = model.index.dayAt(Math.max(0, Math.min(model.index.days - 1, cell.day)));
  let label = '';
  if (row?.kind === 'placement') {
    const occupancy = model.index.cell(row.indexRow, cell.day);
    const booking = bookingAt(cell);
    label = i18n.t('calendar.cellLabel', {
      placement: row.placement.name,
      day: i18n.day(day, 'weekday'),
      occupancy: occupancy && occupancy.capacity > 0 ? i18n.percent(occupancy.ratio * 100, 0) : '—',
      booking: booking
        ? i18n.t('calendar.cellBooking', { name: describe(booking) })
        : i18n.t('calendar.cellFree'),
    });
  } else if (row) {
    label = `${row.label}, ${i18n.day(day, 'weekday')}`;
  }

  return { cell, set, bookingAt, label, mounted: row !== undefined };
}
