/**
 * The occupancy grid: placements × days, virtualised on both axes. Layers, back to front: the
 * cells' canvas (sticky, viewport-sized) with the heat and the bars of what is in view, the
 * active cell and the drag ghosts, the row headers' canvas (sticky on the left), the sticky time
 * scale. The rows themselves (role row, their headers) are in the DOM for assistive technology,
 * unpainted, rendered by the virtualizer once scrolling pauses.
 */
import { observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type CSSProperties } from 'react';
import type { Booking, Placement } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useLatest } from '@renderer/ui/useLatest.ts';
import { useCalendar } from './calendar-store.ts';
import { CellTooltip } from './CellTooltip.tsx';
import type { GridLayout } from './geometry.ts';
import type { GestureContext, GridGesture, GridModel } from './grid-gesture.ts';
import { GridHeader } from './GridHeader.tsx';
import type { BarLookup, RowBars } from './bar-painter.ts';
import { ACTIVE_CELL_ID, ActiveCellLane, formatsLabel, GridRowHead } from './GridRow.tsx';
import { bookingsInCells } from './marquee.ts';
import { CAMPAIGN_DRAG_TYPE } from './UnplacedTray.tsx';
import { useActiveCell } from './useActiveCell.ts';
import { useCellHover } from './useCellHover.ts';
import { useGridKeyboard } from './useGridKeyboard.ts';
import { useGridPointer, type GridInputs } from './useGridPointer.ts';
import { useGridViewport } from './useGridViewport.ts';
import { useViewportMemory } from './useViewportMemory.ts';

export interface GridActions {
  drop: (gesture: GridGesture) => Promise<void>;
  create: (span: { placementId: string; startDate: string; endDate: string }) => void;
  open: (booking: Booking) => void;
  cancelBooking: (booking: Booking) => void;
  openMenu: (booking: Booking, x: number, y: number) => void;
  /** A gesture moved to a new cell, or was cancelled (null): say it in the live region. */
  announce: (gesture: GridGesture | null) => void;
  ghostLabel: (booking: Booking) => string;
  /** A campaign from the "to place" tray was dropped on a placement's day. */
  placeCampaign: (campaignId: string, placementId: string, day: string) => void;
}

export interface CalendarGridProps {
  model: GridModel;
  layout: GridLayout;
  barsFor: (placementId: string) => RowBars | undefined;
  lookup: BarLookup;
  holidays: ReadonlySet<number>;
  actions: GridActions;
  /** Exposes keyboard move mode to the context menu. */
  onReady?: (api: { startMove: (booking: Booking) => void }) => void;
}

export function CalendarGrid(props: CalendarGridProps) {
  const { model, layout, lookup, actions } = props;
  const { t, tc } = useI18n();
  const zoom = useCalendar((s) => s.zoom);
  const selection = useCalendar((s) => s.selection);
  const colourBy = useCalendar((s) => s.colourBy);
  const toggleCollapsed = useCalendar((s) => s.toggleCollapsed);

  // The first view (model.readRows) is read-only: gestures and keys wait for every booking.
  const firstView = model.readRows !== null;
  const marked = useRef({ first: false, complete: false });
  const selected = useMemo(() => new Set(selection), [selection]);
  const headLabels = useMemo(
    () => ({
      countLabel: (count: number) => tc('calendar.placementCount', count),
      formatsLabel: (placement: Placement) => formatsLabel(placement, t),
    }),
    [t, tc],
  );
  const viewport = useGridViewport({
    layout,
    rows: model.rows,
    index: model.index,
    holidays: props.holidays,
    readRows: model.readRows,
    barsFor: props.barsFor,
    lookup,
    selection: selected,
    colourBy,
    headLabels,
    onPainted: (complete) => markPainted(marked.current, complete),
  });
  // The virtualizer keeps its own state outside React, by design: the compiler leaves this component as written.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: model.rows.length,
    getScrollElement: () => viewport.scrollRef.current,
    estimateSize: () => layout.rowHeight,
    paddingStart: layout.headerHeight,
    overscan: 4,
    observeElementOffset: observeSettledOffset,
  });

  const ghostLayerRef = useRef<HTMLDivElement>(null);
  const hover = useCellHover(model, 350);
  const active = useActiveCell(model, layout, viewport, props.barsFor, actions.ghostLabel);
  const latest = useLatest<GridInputs>({
    layout,
    model,
    selection,
    callbacks: {
      onDrop: actions.drop,
      onCreate: actions.create,
      onClickBar: (booking, additive, row, day) => {
        const store = useCalendar.getState();
        if (additive) store.toggleSelected(booking.id);
        else store.select([booking.id]);
        active.set({ row, day });
      },
      onClickCell: (row, day) => {
        useCalendar.getState().select([]);
        active.set({ row, day });
      },
      onToggleGroup: toggleCollapsed,
      onHover: hover.onHover,
      onGestureChange: actions.announce,
      onMarquee: (cells, additive) => {
        const store = useCalendar.getState();
        const ids = bookingsInCells(model.rows, props.barsFor, model.index.startDayNumber, cells);
        store.select(additive ? [...new Set([...store.selection, ...ids])] : ids);
      },
      onCancel: () => actions.announce(null),
      ghostLabel: actions.ghostLabel,
    },
  });
  const context = useMemo<GestureContext>(
    () => ({
      get model() {
        return latest.current.model;
      },
      get layout() {
        return latest.current.layout;
      },
      get ghostLayer() {
        return ghostLayerRef.current ?? document.createElement('div');
      },
      setPreview: viewport.setPreview,
      onChange: (gesture) => latest.current.callbacks.onGestureChange(gesture),
      ghostLabel: (booking) => latest.current.callbacks.ghostLabel(booking),
    }),
    [viewport.setPreview, latest],
  );
  const pointer = useGridPointer(viewport, context, latest);
  const keyboard = useGridKeyboard(context, latest, {
    active: active.cell,
    setActive: active.set,
    bookingAt: active.bookingAt,
    open: actions.open,
    activate: (cell) => {
      const row = model.rows[cell.row];
      if (!row) return;
      if (row.kind !== 'placement') return toggleCollapsed(row.key);
      const day = model.index.dayAt(cell.day);
      actions.create({ placementId: row.placement.id, startDate: day, endDate: day });
    },
    toggleSelected: (booking) => useCalendar.getState().toggleSelected(booking.id),
    cancelBooking: actions.cancelBooking,
    openMenu: (booking) => {
      const rect = document.getElementById(ACTIVE_CELL_ID)?.getBoundingClientRect();
      actions.openMenu(booking, rect?.left ?? 0, rect?.bottom ?? 0);
    },
    onDrop: actions.drop,
    onCancel: () => actions.announce(null),
    pageRows: () => Math.floor(viewport.size.height / layout.rowHeight) - 1,
  });
  props.onReady?.({ startMove: keyboard.startMove });
  useViewportMemory(viewport, layout, model);

  const totalWidth = layout.rowHeaderWidth + model.index.days * layout.dayWidth;
  const { chunk } = viewport;
  const todayIndex = model.index.dayIndexOf(model.index.today);
  const contentStyle: CSSProperties = { width: totalWidth, height: virtualizer.getTotalSize() };
  // The rows the virtualizer renders, and always the active cell's (it owns the cell), placed.
  const { rowHeight, rowHeaderWidth, headerHeight } = layout;
  const place = (displayRow: number) => {
    const row = model.rows[displayRow];
    const top = headerHeight + displayRow * rowHeight;
    return row ? [{ row, displayRow, top, rowHeight, rowHeaderWidth }] : [];
  };
  const rendered = virtualizer.getVirtualItems().map((item) => item.index);
  if (!rendered.includes(active.cell.row)) rendered.push(active.cell.row);
  const placed = rendered.flatMap(place);
  const activeRow = placed.find((at) => at.displayRow === active.cell.row);
  const bookingAtPointer = (e: { clientX: number; clientY: number }) => {
    const { x, y } = viewport.local(e);
    const hit = viewport.barAt(x, y);
    return hit ? model.bookingById.get(hit.id) : undefined;
  };

  return (
    <div
      ref={viewport.scrollRef}
      className="cal-grid"
      role="grid"
      aria-label={t('calendar.gridLabel')}
      aria-rowcount={model.rows.length + 1}
      aria-colcount={model.index.days + 1}
      aria-activedescendant={active.mounted ? ACTIVE_CELL_ID : undefined}
      aria-multiselectable="true"
      aria-busy={firstView || undefined}
      tabIndex={0}
      data-zoom={zoom}
      onScroll={() => {
        viewport.requestPaint();
        pointer.onScroll();
      }}
      onKeyDown={(e) => {
        if (firstView) return;
        if (e.key === 'Escape' && pointer.cancel()) return;
        keyboard.onKeyDown(e);
      }}
      onContextMenu={(e) => {
        if (firstView) return;
        const booking = bookingAtPointer(e);
        if (!booking) return;
        e.preventDefault();
        actions.openMenu(booking, e.clientX, e.clientY);
      }}
      onDoubleClick={(e) => {
        if (firstView) return;
        const booking = bookingAtPointer(e);
        if (booking) actions.open(booking);
      }}
      onPointerLeave={pointer.onPointerLeave}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(CAMPAIGN_DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(e) => {
        if (firstView) return;
        const campaignId = e.dataTransfer.getData(CAMPAIGN_DRAG_TYPE);
        const { x, y } = viewport.local(e);
        const geometry = viewport.geometry();
        const row = model.rows[geometry.rowAtY(y)];
        if (!campaignId || row?.kind !== 'placement') return;
        e.preventDefault();
        const day = model.index.dayAt(geometry.dayIndexAtX(x));
        actions.placeCampaign(campaignId, row.placement.id, day);
      }}
      {...(firstView ? {} : pointer.handlers)}
    >
      <div className="cal-grid__content" style={contentStyle}>
        <div className="cal-grid__canvas-anchor">
          <canvas ref={viewport.canvasRef} className="cal-grid__canvas" aria-hidden="true" />
        </div>
        <div className="cal-grid__heads-anchor">
          <canvas ref={viewport.headsCanvasRef} className="cal-grid__canvas" aria-hidden="true" />
        </div>
        <div className="cal-grid__row-heads" style={{ width: layout.rowHeaderWidth }}>
          {placed.map((at) => (
            <GridRowHead
              key={at.row.key}
              {...at}
              ownsActiveCell={active.cell.row === at.displayRow}
              onToggleGroup={toggleCollapsed}
            />
          ))}
        </div>
        <GridHeader
          startDayNumber={model.index.startDayNumber}
          from={chunk.from}
          to={chunk.to}
          dayWidth={layout.dayWidth}
          rowHeaderWidth={layout.rowHeaderWidth}
          zoom={zoom}
          todayIndex={todayIndex}
          corner={t('calendar.placements')}
        />
        {activeRow && (
          <ActiveCellLane
            key={activeRow.row.key}
            {...activeRow}
            dayWidth={layout.dayWidth}
            day={active.cell.day}
            label={active.label}
          />
        )}
        <div ref={ghostLayerRef} className="cal-grid__ghosts" />
      </div>
      {hover.tip && (
        <CellTooltip
          {...hover.tip}
          campaignById={lookup.campaignById}
          advertiserById={lookup.advertiserById}
          today={model.today}
        />
      )}
    </div>
  );
}

/**
 * The virtualizer hears of the grid's scroll only once it pauses: the rows' DOM is for assistive
 * technology (the canvases draw what is seen), and rendering rows into it on every frame of a
 * scroll was most of that frame's cost (docs/performance.md).
 */
const observeSettledOffset: typeof observeElementOffset = (instance, notify) =>
  observeElementOffset(instance, (offset, isScrolling) => {
    if (!isScrolling) notify(offset, false);
  });

/**
 * For the benchmark and the end-to-end tests, on the Performance timeline: the first painted grid
 * (maybe a first view), then the first with every booking, when the grid also says it is ready.
 */
function markPainted(marked: { first: boolean; complete: boolean }, complete: boolean): void {
  if (!marked.first) {
    marked.first = true;
    performance.mark('calendar:first-grid');
  }
  if (complete && !marked.complete) {
    marked.complete = true;
    performance.mark('calendar:complete-grid');
    document.documentElement.dataset.calendarReady = 'true';
  }
}
