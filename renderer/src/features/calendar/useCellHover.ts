/**
 * The cell tooltip: after the pointer rests on a placement cell for `delay` ms, the occupancy of
 * that cell and its contending bookings. Moving to another cell hides it at once; the pointer's
 * moves within one cell cost nothing (no React state changes).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { availability } from '@shared/domain/availability.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import type { DayOccupancy } from '@shared/domain/occupancy.ts';
import { useLatest } from '@renderer/ui/useLatest.ts';
import type { GridModel } from './grid-gesture.ts';
import type { HoverCell } from './useGridPointer.ts';

export interface CellTip {
  x: number;
  y: number;
  placement: Placement;
  day: IsoDay;
  occupancy: DayOccupancy;
  contending: readonly Booking[];
}

export function useCellHover(model: GridModel, delay: number) {
  const [tip, setTip] = useState<CellTip | null>(null);
  const current = useRef<{ row: number; day: number } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const modelRef = useLatest(model);

  const show = useCallback(
    (cell: HoverCell) => {
      const m = modelRef.current;
      const row = m.rows[cell.row];
      if (row?.kind !== 'placement') return;
      const occupancy = m.index.cell(row.indexRow, cell.day);
      if (!occupancy) return;
      const day = m.index.dayAt(cell.day);
      const bookings = m.bookingsByPlacement.get(row.placement.id) ?? [];
      const { contending } = availability(row.placement, bookings, day, day, m.today);
      setTip({ x: cell.clientX, y: cell.clientY, placement: row.placement, day, occupancy, contending });
    },
    [modelRef],
  );

  const onHover = useCallback(
    (cell: HoverCell | null) => {
      const same = cell && current.current?.row === cell.row && current.current.day === cell.day;
      if (same) return;
      clearTimeout(timer.current);
      current.current = cell ? { row: cell.row, day: cell.day } : null;
      setTip(null);
      if (cell) timer.current = setTimeout(() => show(cell), delay);
    },
    [delay, show],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return { tip, onHover };
}
