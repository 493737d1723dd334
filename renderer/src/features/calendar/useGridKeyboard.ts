/**
 * Scheduling by keyboard (ARIA grid pattern, WCAG 2.5.7): the grid is one tab stop with a roving
 * active cell. Arrows, Page Up/Down, Home/End (Ctrl: whole grid) move it. On a booking, Enter
 * opens it, Space selects it, Delete cancels it, Alt+arrows start a move (a day or a placement per
 * press, the same checks as a drag), Shift+Alt+←/→ resize its end; Enter commits, Escape reverts.
 * Shift+F10 or the context-menu key opens the booking's menu. On an empty cell Enter creates a
 * booking; on a site or section row it folds or unfolds the group.
 */
import { useCallback, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Booking } from '@shared/domain/model.ts';
import { useLatest } from '@renderer/ui/useLatest.ts';
import type { ActiveCell } from './calendar-store.ts';
import { GridGesture, type GestureContext, type GestureSpec } from './grid-gesture.ts';
import type { GridInputs } from './useGridPointer.ts';

export interface KeyboardCallbacks {
  active: ActiveCell;
  setActive: (cell: ActiveCell) => void;
  /** The booking drawn at a cell (the top lane's), if any. */
  bookingAt: (cell: ActiveCell) => Booking | undefined;
  open: (booking: Booking) => void;
  /** Enter with no booking at the cell: create one there, or fold or unfold a group row. */
  activate: (cell: ActiveCell) => void;
  toggleSelected: (booking: Booking) => void;
  cancelBooking: (booking: Booking) => void;
  openMenu: (booking: Booking) => void;
  onDrop: (gesture: GridGesture) => Promise<void>;
  onCancel: () => void;
  /** Rows that fit in the viewport, for Page Up/Down. */
  pageRows: () => number;
}

type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
const STEP: Record<Arrow, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

function isArrow(key: string): key is Arrow {
  return key in STEP;
}

export function useGridKeyboard(
  context: GestureContext,
  latest: { readonly current: GridInputs },
  callbacks: KeyboardCallbacks,
) {
  const gestureRef = useRef<GridGesture | null>(null);
  const cb = useLatest(callbacks);

  const clampCell = useCallback(
    (cell: ActiveCell): ActiveCell => {
      const { model } = latest.current;
      return {
        row: Math.max(0, Math.min(model.rows.length - 1, cell.row)),
        day: Math.max(0, Math.min(model.index.days - 1, cell.day)),
      };
    },
    [latest],
  );

  const start = (spec: GestureSpec) => {
    gestureRef.current?.destroy();
    gestureRef.current = new GridGesture(context, spec);
    return gestureRef.current;
  };

  const stop = () => {
    gestureRef.current?.destroy();
    gestureRef.current = null;
  };

  /** Keys while a booking is being moved or resized: arrows nudge, Enter commits, Escape reverts. */
  const gestureKey = (e: ReactKeyboardEvent, gesture: GridGesture): boolean => {
    if (e.key === 'Escape') {
      stop();
      cb.current.onCancel();
      return true;
    }
    if (e.key === 'Enter') {
      gestureRef.current = null;
      if (gesture.isNoChange) gesture.destroy();
      else void cb.current.onDrop(gesture).finally(() => gesture.destroy());
      if (gesture.verdict.outcome !== 'refused') followBooking(gesture);
      return true;
    }
    if (!isArrow(e.key)) return e.key !== 'Tab';
    const [days, rows] = STEP[e.key];
    if (gesture.spec.kind === 'resize') gesture.nudge(days);
    else gesture.nudge(days * (e.shiftKey && !e.altKey ? 7 : 1), rows);
    return true;
  };

  /** The active cell goes where the moved booking now starts. */
  const followBooking = (gesture: GridGesture) => {
    const after = gesture.changes[0]?.after;
    if (!after) return;
    const { model } = latest.current;
    const ordinal = model.order.ordinalOf.get(after.placementId);
    const row = ordinal === undefined ? undefined : model.order.displayRows[ordinal];
    if (row !== undefined)
      cb.current.setActive(clampCell({ row, day: model.index.dayIndexOf(after.startDate) }));
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    const gesture = gestureRef.current;
    if (gesture) {
      if (gestureKey(e, gesture)) e.preventDefault();
      return;
    }
    const { active } = cb.current;
    const booking = cb.current.bookingAt(active);
    if (isArrow(e.key) && e.altKey && booking) {
      const [days, rows] = STEP[e.key];
      if (e.shiftKey) {
        if (days !== 0) start({ kind: 'resize', booking, edge: 'end' }).nudge(days);
      } else {
        const { selection, model } = latest.current;
        const group = selection.includes(booking.id)
          ? selection.map((id) => model.bookingById.get(id)).filter((b): b is Booking => b !== undefined)
          : [booking];
        start({ kind: 'move', bookings: group }).nudge(days, rows);
      }
      e.preventDefault();
      return;
    }
    const next = navigate(
      e,
      active,
      cb.current.pageRows(),
      latest.current.model.index.days,
      latest.current.model.rows.length,
    );
    if (next) {
      cb.current.setActive(clampCell(next));
      e.preventDefault();
      return;
    }
    if (actOn(e, booking)) e.preventDefault();
  };

  /** Enter, Space, Delete and the menu keys on the active cell. */
  const actOn = (e: ReactKeyboardEvent, booking: Booking | undefined): boolean => {
    const c = cb.current;
    if (e.key === 'Enter') {
      if (booking) c.open(booking);
      else c.activate(c.active);
      return true;
    }
    if (!booking) return false;
    if (e.key === ' ') c.toggleSelected(booking);
    else if (e.key === 'Delete' || e.key === 'Backspace') c.cancelBooking(booking);
    else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) c.openMenu(booking);
    else return false;
    return true;
  };

  /** Starts keyboard move mode on a booking (from its context menu). */
  const startMove = (booking: Booking) => {
    start({ kind: 'move', bookings: [booking] });
  };

  return { onKeyDown, startMove, cancel: stop, isMoving: () => gestureRef.current !== null };
}

/** The cell a navigation key leads to, or null for any other key. */
export function navigate(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  active: ActiveCell,
  pageRows: number,
  days: number,
  rows: number,
): ActiveCell | null {
  if (e.altKey) return null;
  const whole = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowLeft':
      return { ...active, day: active.day - 1 };
    case 'ArrowRight':
      return { ...active, day: active.day + 1 };
    case 'ArrowUp':
      return { ...active, row: active.row - 1 };
    case 'ArrowDown':
      return { ...active, row: active.row + 1 };
    case 'PageUp':
      return { ...active, row: active.row - Math.max(1, pageRows) };
    case 'PageDown':
      return { ...active, row: active.row + Math.max(1, pageRows) };
    case 'Home':
      return whole ? { row: 0, day: 0 } : { ...active, day: 0 };
    case 'End':
      return whole ? { row: rows - 1, day: days - 1 } : { ...active, day: days - 1 };
    default:
      return null;
  }
}
