/**
 * The grid's scroll viewport: its size, the chunk of days the time scale renders, and the two
 * canvases: the cells' (heat and bars) and the row headers'.
 *
 * Scrolling repaints the canvases once per animation frame, imperatively; React re-renders only
 * when the time scale's chunk of days changes (every ~1,000 px of horizontal travel). The rows'
 * DOM, for assistive technology, follows once scrolling pauses (CalendarGrid). So a scroll frame
 * costs two canvas paints, not a grid render. The bars painted last are kept for hit-testing
 * (`barAt`).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { exposeForAutomation } from '@renderer/ui/automation.ts';
import { useLatest } from '@renderer/ui/useLatest.ts';
import { gridGeometry, type GridGeometry, type GridLayout } from './geometry.ts';
import {
  barAt,
  HatchPatterns,
  paintBars,
  type BarHit,
  type BarLookup,
  type PaintedBar,
  type RowBars,
} from './bar-painter.ts';
import type { BarColouring } from './calendar-store.ts';
import { paintHeat, type RowPreview } from './heat-painter.ts';
import { LabelFitter } from './label-fitter.ts';
import { paintRowHeads, rowHeadFonts, type RowHeadFonts, type RowHeadScene } from './row-head-painter.ts';
import type { CalendarRow } from './rows.ts';

export interface DayChunk {
  from: number;
  to: number;
}

const CHUNK_PX = 1024;

/** The day range rendered in the DOM around the visible days, quantised so it changes rarely. */
export function dayChunk(
  scrollLeft: number,
  viewportWidth: number,
  dayWidth: number,
  days: number,
): DayChunk {
  const chunkDays = Math.max(1, Math.round(CHUNK_PX / dayWidth));
  const firstVisible = Math.floor(scrollLeft / dayWidth);
  const lastVisible = Math.ceil((scrollLeft + viewportWidth) / dayWidth);
  const from = Math.max(0, (Math.floor(firstVisible / chunkDays) - 1) * chunkDays);
  const to = Math.min(days - 1, (Math.ceil(lastVisible / chunkDays) + 1) * chunkDays - 1);
  return { from, to };
}

export interface ViewportInput {
  layout: GridLayout;
  rows: readonly CalendarRow[];
  index: OccupancyIndex;
  holidays: ReadonlySet<number>;
  /** See GridModel.readRows. */
  readRows: ReadonlySet<number> | null;
  barsFor: (placementId: string) => RowBars | undefined;
  lookup: BarLookup;
  selection: ReadonlySet<string>;
  colourBy: BarColouring;
  /** The row headers' words, in the user's language. */
  headLabels: Pick<RowHeadScene, 'countLabel' | 'formatsLabel'>;
  /** Called after each paint of a grid with rows, `complete` when it had every booking. */
  onPainted?: (complete: boolean) => void;
}

export function useGridViewport(input: ViewportInput) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const headsCanvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [chunk, setChunk] = useState<DayChunk>({ from: 0, to: 0 });
  const previewRef = useRef<ReadonlyMap<number, RowPreview> | null>(null);
  const inputRef = useLatest(input);
  const frame = useRef(0);
  /** The scroll offsets of the last paint: read by code that must not force a layout mid-scroll. */
  const paintedOffsets = useRef({ left: 0, top: 0 });
  const paintedBars = useRef<readonly PaintedBar[]>([]);
  const tools = useRef<PainterTools | null>(null);

  const geometry = useCallback((): GridGeometry => {
    const el = scrollRef.current;
    const scroll = { scrollLeft: el?.scrollLeft ?? 0, scrollTop: el?.scrollTop ?? 0 };
    return gridGeometry(inputRef.current.layout, scroll, inputRef.current.rows.length);
  }, [inputRef]);

  const paint = useCallback(() => {
    frame.current = 0;
    const el = scrollRef.current;
    // Opaque: under everything else, and layers the compositor need not blend.
    const ctx = canvasRef.current?.getContext('2d', { alpha: false });
    const headsCtx = headsCanvasRef.current?.getContext('2d', { alpha: false });
    if (!el || !ctx || !headsCtx) return;
    const { clientWidth: width, clientHeight: height } = el;
    const { index, rows, holidays, layout, readRows, barsFor, lookup, selection, colourBy, headLabels } =
      inputRef.current;
    const dpr = window.devicePixelRatio || 1;
    fitCanvas(ctx, width, height, dpr);
    fitCanvas(headsCtx, Math.min(width, layout.rowHeaderWidth), height, dpr);
    paintedOffsets.current = { left: el.scrollLeft, top: el.scrollTop };
    const scene = { rows, geometry: geometry(), width, height };
    paintHeat(ctx, { ...scene, index, holidays, preview: previewRef.current, readRows });
    tools.current ??= painterTools(getComputedStyle(el).fontFamily);
    const bars = { ...scene, barsFor, lookup, selection, colourBy };
    paintedBars.current = paintBars(ctx, bars, tools.current);
    paintRowHeads(headsCtx, { ...scene, ...headLabels }, tools.current.heads);
    const next = dayChunk(paintedOffsets.current.left, width, layout.dayWidth, index.days);
    setChunk((c) => (c.from === next.from && c.to === next.to ? c : next));
    if (rows.length > 0 && width > 0) inputRef.current.onPainted?.(readRows === null);
  }, [geometry, inputRef]);

  const requestPaint = useCallback(() => {
    if (frame.current === 0) frame.current = requestAnimationFrame(paint);
  }, [paint]);

  const setPreview = useCallback(
    (preview: ReadonlyMap<number, RowPreview> | null) => {
      previewRef.current = preview;
      requestPaint();
    },
    [requestPaint],
  );

  /**
   * A pointer's position in the grid's viewport coordinates: from the inside of its border, where
   * the canvas and the content start.
   */
  const local = useCallback((e: { clientX: number; clientY: number }) => {
    const el = scrollRef.current;
    const rect = el?.getBoundingClientRect();
    return {
      x: e.clientX - (rect?.left ?? 0) - (el?.clientLeft ?? 0),
      y: e.clientY - (rect?.top ?? 0) - (el?.clientTop ?? 0),
    };
  }, []);

  /** The bar painted under viewport point (x, y), the scroll since that paint allowed for. */
  const barAtPoint = useCallback((x: number, y: number): BarHit | null => {
    const el = scrollRef.current;
    if (!el) return null;
    const painted = paintedOffsets.current;
    return barAt(paintedBars.current, x + el.scrollLeft - painted.left, y + el.scrollTop - painted.top);
  }, []);

  /** Scrolls to content offsets (either may be left out). */
  const scrollTo = useCallback((left: number | null, top: number | null) => {
    const el = scrollRef.current;
    if (!el) return;
    if (left !== null) el.scrollLeft = Math.max(0, left);
    if (top !== null) el.scrollTop = Math.max(0, top);
  }, []);

  /** Scrolls the least needed to show a content rectangle below the headers. */
  const reveal = useCallback(
    (x: number, y: number, width: number, height: number) => {
      const el = scrollRef.current;
      if (!el) return;
      const { rowHeaderWidth, headerHeight } = inputRef.current.layout;
      const visibleWidth = el.clientWidth - rowHeaderWidth;
      const visibleHeight = el.clientHeight - headerHeight;
      if (x < el.scrollLeft) el.scrollLeft = x;
      else if (x + width > el.scrollLeft + visibleWidth) el.scrollLeft = x + width - visibleWidth;
      if (y < el.scrollTop) el.scrollTop = y;
      else if (y + height > el.scrollTop + visibleHeight) el.scrollTop = y + height - visibleHeight;
    },
    [inputRef],
  );

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      setSize({ width: el.clientWidth, height: el.clientHeight });
      requestPaint();
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [requestPaint]);

  useEffect(
    () =>
      exposeForAutomation('calendarBars', (): PaintedBar[] => {
        const rect = canvasRef.current?.getBoundingClientRect();
        if (!rect) return [];
        // In page coordinates, like an element's bounding box.
        return paintedBars.current.map((bar) => ({ ...bar, x: bar.x + rect.left, y: bar.y + rect.top }));
      }),
    [],
  );

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      frame.current = 0; // StrictMode remounts: the next request must schedule again.
    },
    [],
  );

  // New data, rows, zoom or index version: one repaint.
  useEffect(requestPaint, [
    requestPaint,
    input.rows,
    input.index,
    input.index.version,
    input.layout,
    input.readRows,
    input.barsFor,
    input.lookup,
    input.selection,
    input.colourBy,
    input.headLabels,
  ]);

  return {
    scrollRef,
    canvasRef,
    headsCanvasRef,
    size,
    chunk,
    geometry,
    requestPaint,
    setPreview,
    scrollTo,
    reveal,
    paintedOffsets,
    paintedBars,
    local,
    barAt: barAtPoint,
  };
}

export type GridViewport = ReturnType<typeof useGridViewport>;

interface PainterTools {
  labels: LabelFitter;
  hatches: HatchPatterns;
  heads: RowHeadFonts;
}

/** What the painters keep for the canvases' life: text measured once per width, hatch patterns. */
function painterTools(fontFamily: string): PainterTools {
  return {
    labels: new LabelFitter(`11px ${fontFamily}`),
    hatches: new HatchPatterns(),
    heads: rowHeadFonts(fontFamily),
  };
}

/** Sizes a canvas's backing store to `width` × `height` CSS px at the screen's pixel ratio. */
function fitCanvas(ctx: CanvasRenderingContext2D, width: number, height: number, dpr: number): void {
  const canvas = ctx.canvas;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
}
