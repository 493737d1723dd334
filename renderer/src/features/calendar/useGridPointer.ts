/**
 * Scheduling by pointer: press on a bar to move it (with the selection), on its edge to resize
 * it, on empty cells to draw a new booking, on a site or section header to fold or unfold it.
 * Pointer Events with pointer capture; moves are only recorded, and one animation frame applies
 * the latest (snapped to days and rows) — near an edge the same frame loop scrolls the grid. Escape cancels. A press that does not travel is a click:
 * it selects (Ctrl/Shift add to the selection) and moves the keyboard's active cell.
 */
import { useCallback, useEffect, useMemo, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { Booking } from '@shared/domain/model.ts';
import type { BarHit } from './bar-painter.ts';
import { rowHeadAt } from './row-head-painter.ts';
import { ordinalAtRow } from './drag-proposal.ts';
import { Marquee, type CellRange } from './marquee.ts';
import type { GridLayout } from './geometry.ts';
import { GridGesture, type GestureContext, type GestureSpec, type GridModel } from './grid-gesture.ts';
import type { GridViewport } from './useGridViewport.ts';

/** Pixels a press must travel before it becomes a drag (a click jitters a little). */
const DRAG_THRESHOLD = 4;
/** Width of the band along the edges where a drag scrolls the grid, and the fastest speed. */
const EDGE_BAND = 36;
const EDGE_SPEED = 24;

export interface HoverCell {
  row: number;
  day: number;
  clientX: number;
  clientY: number;
}

export interface PointerCallbacks {
  /** The gesture finished on a new position: judge and write (or refuse, or ask). */
  onDrop: (gesture: GridGesture) => Promise<void>;
  onCreate: (span: { placementId: string; startDate: string; endDate: string }) => void;
  onClickBar: (booking: Booking, additive: boolean, row: number, day: number) => void;
  onClickCell: (row: number, day: number) => void;
  /** A site or section row's header was pressed: fold or unfold that group. */
  onToggleGroup: (rowKey: string) => void;
  onHover: (cell: HoverCell | null) => void;
  onGestureChange: (gesture: GridGesture) => void;
  /** A Shift-drag rectangle was drawn over these cells (Ctrl/⌘ adds to the selection). */
  onMarquee: (cells: CellRange, additive: boolean) => void;
  onCancel: () => void;
  ghostLabel: (booking: Booking) => string;
}

interface Press {
  pointerId: number;
  startX: number;
  startY: number;
  /** Content coordinates (scroll included) of the press. */
  contentX: number;
  contentY: number;
  row: number;
  day: number;
  spec: GestureSpec;
  bar: Booking | null;
  additive: boolean;
  /** Shift-drag from an empty cell draws a selection rectangle instead of a new booking. */
  marquee: Marquee | null;
  wantsMarquee: boolean;
  gesture: GridGesture | null;
  lastX: number;
  lastY: number;
}

export interface GridInputs {
  layout: GridLayout;
  model: GridModel;
  selection: readonly string[];
  callbacks: PointerCallbacks;
}

export function useGridPointer(
  viewport: GridViewport,
  context: GestureContext,
  latest: { readonly current: GridInputs },
) {
  const press = useRef<Press | null>(null);
  const frame = useRef(0);

  const { local } = viewport;

  const end = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    press.current?.gesture?.destroy();
    press.current?.marquee?.destroy();
    press.current = null;
  }, []);

  const { tick, schedule } = useMemo(() => {
    function tick() {
      frame.current = 0;
      if (press.current && followPointer(press.current, viewport, latest.current)) {
        frame.current = requestAnimationFrame(tick);
      }
    }
    const schedule = () => {
      if (frame.current === 0) frame.current = requestAnimationFrame(tick);
    };
    return { tick, schedule };
  }, [viewport, latest]);

  const startGesture = (p: Press) => {
    latest.current.callbacks.onHover(null);
    p.gesture = new GridGesture(context, p.spec);
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || press.current) return;
    const { x, y } = local(e);
    const { layout: l, model: m, selection: selected } = latest.current;
    const geometry = viewport.geometry();
    const head = rowHeadAt(m.rows, geometry, x, y);
    if (head && head.kind !== 'placement') latest.current.callbacks.onToggleGroup(head.key);
    if (x < l.rowHeaderWidth || y < l.headerHeight) return;
    const row = geometry.rowAtY(y);
    const day = geometry.dayIndexAtX(x);
    const hit = viewport.barAt(x, y);
    const bar = hit ? (m.bookingById.get(hit.id) ?? null) : null;
    const edge = hit?.edge ?? null;
    const additive = e.ctrlKey || e.metaKey || e.shiftKey;
    let spec: GestureSpec;
    if (bar) {
      const group = selected.includes(bar.id)
        ? selected.map((id) => m.bookingById.get(id)).filter((b): b is Booking => b !== undefined)
        : [bar];
      spec =
        edge === 'start' || edge === 'end'
          ? { kind: 'resize', booking: bar, edge }
          : { kind: 'move', bookings: group };
    } else {
      const rowModel = m.rows[row];
      if (rowModel?.kind !== 'placement') return;
      spec = { kind: 'create', placementId: rowModel.placement.id, day };
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus({ preventScroll: true });
    const contentX = x + e.currentTarget.scrollLeft;
    const contentY = y + e.currentTarget.scrollTop;
    press.current = {
      pointerId: e.pointerId,
      startX: x,
      startY: y,
      contentX,
      contentY,
      row,
      day,
      spec,
      bar,
      additive,
      wantsMarquee: !bar && e.shiftKey,
      marquee: null,
      gesture: null,
      lastX: x,
      lastY: y,
    };
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = press.current;
    const { x, y } = local(e);
    if (!p) {
      hover(x, y, e);
      return;
    }
    p.lastX = x;
    p.lastY = y;
    if (p.wantsMarquee) {
      const el = viewport.scrollRef.current;
      const layer = context.ghostLayer;
      p.marquee ??= new Marquee(layer, p.contentX, p.contentY);
      p.marquee.update(x + (el?.scrollLeft ?? 0), y + (el?.scrollTop ?? 0));
      return;
    }
    if (!p.gesture) {
      if (Math.hypot(x - p.startX, y - p.startY) < DRAG_THRESHOLD || p.additive) return;
      startGesture(p);
    }
    schedule();
  };

  const hover = (x: number, y: number, e: ReactPointerEvent<HTMLDivElement>) => {
    const { layout: l, model: m, callbacks: cb } = latest.current;
    const inCells = x >= l.rowHeaderWidth && y >= l.headerHeight;
    const head = inCells ? null : rowHeadAt(m.rows, viewport.geometry(), x, y);
    showGrab(
      e.currentTarget,
      inCells ? grabOf(viewport.barAt(x, y)) : head && head.kind !== 'placement' ? 'fold' : undefined,
    );
    if (!inCells) {
      cb.onHover(null);
      return;
    }
    const geometry = viewport.geometry();
    cb.onHover({
      row: geometry.rowAtY(y),
      day: geometry.dayIndexAtX(x),
      clientX: e.clientX,
      clientY: e.clientY,
    });
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = press.current;
    if (!p || p.pointerId !== e.pointerId) return;
    const cb = latest.current.callbacks;
    const gesture = p.gesture;
    if (p.marquee) {
      end();
      const geometry = viewport.geometry();
      const { x, y } = local(e);
      const cells = {
        rowFrom: p.row,
        rowTo: geometry.rowAtY(y),
        dayFrom: p.day,
        dayTo: geometry.dayIndexAtX(x),
      };
      cb.onMarquee(cells, e.ctrlKey || e.metaKey);
      return;
    }
    if (!gesture) {
      end();
      if (p.bar) cb.onClickBar(p.bar, p.additive, p.row, p.day);
      else cb.onClickCell(p.row, p.day);
      return;
    }
    // Apply the very last position before judging it.
    cancelAnimationFrame(frame.current);
    tick();
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    press.current = null;
    const span = gesture.createSpan;
    if (span) {
      gesture.destroy();
      cb.onCreate(span);
      return;
    }
    if (gesture.isNoChange) {
      gesture.destroy();
      return;
    }
    void cb.onDrop(gesture).finally(() => gesture.destroy());
  };

  const cancel = useCallback(() => {
    if (!press.current) return false;
    const wasDragging = press.current.gesture !== null;
    end();
    if (wasDragging) latest.current.callbacks.onCancel();
    return wasDragging;
  }, [end, latest]);

  const onLostPointerCapture = () => {
    if (press.current?.gesture) cancel();
    else end();
  };

  /** The grid's scroll moved under a drag: the pointer now points at another cell. */
  const onScroll = () => {
    if (press.current?.gesture) schedule();
  };

  useEffect(() => end, [end]);

  return {
    handlers: { onPointerDown, onPointerMove, onPointerUp, onLostPointerCapture, onPointerCancel: cancel },
    onScroll,
    cancel,
    onPointerLeave: () => latest.current.callbacks.onHover(null),
  };
}

type Grab = 'move' | 'resize' | 'fold';

function grabOf(hit: BarHit | null): Grab | undefined {
  return hit ? (hit.edge ? 'resize' : 'move') : undefined;
}

/**
 * The pointer's shape over a bar (grab in its middle, resize on its edges) or a group's header (a
 * hand: it folds): they are painted, so the grid says it through an attribute the style sheet
 * reads, set only when it changes.
 */
function showGrab(grid: HTMLElement, grab: Grab | undefined): void {
  if (grid.dataset.grab !== grab) {
    if (grab) grid.dataset.grab = grab;
    else delete grid.dataset.grab;
  }
}

/**
 * Applies the latest pointer position to the gesture (snapped to days and placement rows) and
 * scrolls when the pointer is near an edge. True while it keeps scrolling: call again next frame.
 */
function followPointer(p: Press, viewport: GridViewport, inputs: GridInputs): boolean {
  const el = viewport.scrollRef.current;
  if (!p.gesture || !el) return false;
  const { model: m, layout: l } = inputs;
  const geometry = viewport.geometry();
  const { lastX: x, lastY: y } = p;
  if (p.spec.kind === 'create') {
    p.gesture.setCreateEnd(geometry.dayIndexAtX(x));
  } else {
    const dayDelta = Math.round((x + el.scrollLeft - p.contentX) / l.dayWidth);
    if (p.spec.kind === 'resize') {
      p.gesture.setDelta(dayDelta);
    } else {
      const row = geometry.rowAtY(y);
      const origin = m.order.ordinalOf.get(p.bar?.placementId ?? '') ?? 0;
      const target = ordinalAtRow(m.rows, m.order, row, row >= p.row) ?? origin;
      p.gesture.setDelta(dayDelta, target - origin);
    }
  }
  const dx = edgeSpeed(x, l.rowHeaderWidth, el.clientWidth);
  const dy = edgeSpeed(y, l.headerHeight, el.clientHeight);
  if (dx === 0 && dy === 0) return false;
  el.scrollBy(dx, dy);
  return true;
}

/** Scroll speed for a pointer at `pos` in a viewport whose content starts at `start`: 0 away from the edges. */
function edgeSpeed(pos: number, start: number, size: number): number {
  if (pos < start + EDGE_BAND)
    return -Math.ceil(EDGE_SPEED * Math.min(1, (start + EDGE_BAND - pos) / EDGE_BAND));
  if (pos > size - EDGE_BAND)
    return Math.ceil(EDGE_SPEED * Math.min(1, (pos - size + EDGE_BAND) / EDGE_BAND));
  return 0;
}
