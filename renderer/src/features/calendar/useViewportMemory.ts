/**
 * Where the grid is scrolled, remembered: the leftmost day and the top row are saved as the user
 * scrolls and restored when the calendar opens again (after a restart too); a zoom change keeps
 * the leftmost day in place; "Today" and "Go to date" scroll to their day.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { addDays } from '@shared/domain/days.ts';
import { useLatest } from '@renderer/ui/useLatest.ts';
import { useCalendar } from './calendar-store.ts';
import type { GridLayout } from './geometry.ts';
import type { GridModel } from './grid-gesture.ts';
import type { GridViewport } from './useGridViewport.ts';

const SAVE_DELAY_MS = 300;
/** Days shown before today or a jumped-to date, so it is not glued to the row headers. */
const LEAD_DAYS = 3;

export function useViewportMemory(viewport: GridViewport, layout: GridLayout, model: GridModel) {
  const jumpTo = useCalendar((s) => s.jumpTo);
  const restoredRef = useRef(false);
  const dayWidthRef = useRef(layout.dayWidth);
  const modelRef = useLatest(model);
  const { scrollTo, paintedOffsets } = viewport;
  const { dayWidth, rowHeight } = layout;

  // Restore once the rows are known.
  useLayoutEffect(() => {
    if (restoredRef.current || model.rows.length === 0) return;
    restoredRef.current = true;
    const saved = useCalendar.getState().viewport;
    const day = saved.day ?? addDays(model.today, -LEAD_DAYS);
    const rowIndex = saved.rowKey ? model.rows.findIndex((r) => r.key === saved.rowKey) : 0;
    scrollTo(model.index.dayIndexOf(day) * dayWidth, Math.max(0, rowIndex) * rowHeight);
  }, [model, scrollTo, dayWidth, rowHeight]);

  // Zoom: keep the leftmost day. The last paint's offset is the old zoom's: the element may
  // already have clamped its own scrollLeft to the new, narrower content.
  useLayoutEffect(() => {
    const previous = dayWidthRef.current;
    dayWidthRef.current = dayWidth;
    if (previous === dayWidth) return;
    scrollTo(Math.round(paintedOffsets.current.left / previous) * dayWidth, null);
  }, [dayWidth, scrollTo, paintedOffsets]);

  useEffect(() => {
    if (!jumpTo) return;
    const { index } = modelRef.current;
    const target = Math.max(0, Math.min(index.days - 1, index.dayIndexOf(jumpTo)));
    scrollTo((target - LEAD_DAYS) * dayWidth, null);
    const store = useCalendar.getState();
    store.setActive({ row: store.active.row, day: target });
    store.jump(null);
  }, [jumpTo, modelRef, scrollTo, dayWidth]);

  // Save where we are, a little after scrolling stops. Neither the scroll handler nor the save
  // reads the element: the offsets are those of the last paint (every scroll repaints), because on
  // a busy machine the timer can fire between two scroll frames, where a read would force a layout.
  useEffect(() => {
    const el = viewport.scrollRef.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      const { left, top } = paintedOffsets.current;
      const { rows, index } = modelRef.current;
      const rowKey = rows[Math.floor(top / rowHeight)]?.key ?? null;
      useCalendar.getState().setViewport(index.dayAt(Math.max(0, Math.round(left / dayWidth))), rowKey);
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      el.removeEventListener('scroll', onScroll);
      clearTimeout(timer);
    };
  }, [viewport.scrollRef, paintedOffsets, modelRef, dayWidth, rowHeight]);
}
