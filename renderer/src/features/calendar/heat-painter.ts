/**
 * Paints the visible part of the occupancy heat on ONE viewport-sized canvas, straight from the
 * index's typed arrays: a few thousand rectangles per frame instead of a DOM node per cell.
 *
 * A cell is tinted by its state and filled from the bottom like a gauge: the sold share in the
 * state's colour, the held (options) share stacked above it in violet, so sold and held read apart
 * at every zoom. Weekends and holidays are shaded, today is a line. Group rows show the sum of
 * their placements. A drag preview replaces the loads of the rows it touches.
 */
import type { OccupancyState } from '@shared/domain/occupancy.ts';
import { occupancyState } from '@shared/domain/occupancy.ts';
import { weekdayOfDayNumber } from '@shared/domain/days.ts';
import type { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { isRowRead } from './first-view.ts';
import type { GridGeometry } from './geometry.ts';
import { GROUP_BG, ROW_LINE, SURFACE, TEXT } from './grid-colours.ts';
import type { CalendarRow } from './rows.ts';

export interface RowPreview {
  /** Day index of the first value. */
  from: number;
  capacity: Float64Array;
  confirmed: Float64Array;
  held: Float64Array;
}

export interface HeatScene {
  index: OccupancyIndex;
  rows: readonly CalendarRow[];
  geometry: GridGeometry;
  /** Canvas size in CSS px. */
  width: number;
  height: number;
  /** Day numbers of public holidays. */
  holidays: ReadonlySet<number>;
  /** Loads as they would be after the drag in progress, by index row. */
  preview: ReadonlyMap<number, RowPreview> | null;
  /** During the first view, the index rows whose bookings are read (see first-view.ts); else null. */
  readRows: ReadonlySet<number> | null;
}

const TINT: Record<OccupancyState, string> = {
  free: 'rgba(0,0,0,0)',
  filling: '#eef7f1',
  full: '#fdf3de',
  at_risk: '#fdebd9',
  overbooked: '#fbe1e1',
};
const SOLD: Record<OccupancyState, string> = {
  free: '#b9dec6',
  filling: '#9fd3b1',
  full: '#e8b85a',
  at_risk: '#e8b85a',
  overbooked: '#d64545',
};
const HELD = '#c4aef0';
const HELD_AT_RISK = '#e98b4a';
const WEEKEND = '#eef0f4';
const HOLIDAY = '#e6e2f3';
/** A row whose bookings are still being read: no heat yet, rather than a false "free". */
const LOADING = '#eceef2';
const TODAY = '#2456d6';
const PREVIEW_OUTLINE = TEXT;

interface Cell {
  capacity: number;
  confirmed: number;
  held: number;
}

function paintCell(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, cell: Cell) {
  const { capacity, confirmed, held } = cell;
  if (confirmed === 0 && held === 0) return;
  const state = occupancyState(capacity, confirmed, held);
  ctx.fillStyle = TINT[state];
  ctx.fillRect(x, y, w, h);
  const scale = capacity > 0 ? h / Math.max(capacity, confirmed + held) : 0;
  const soldH = capacity > 0 ? confirmed * scale : h;
  const heldH = capacity > 0 ? held * scale : 0;
  ctx.fillStyle = SOLD[state];
  ctx.fillRect(x, y + h - soldH, w, soldH);
  if (heldH > 0) {
    ctx.fillStyle = state === 'at_risk' ? HELD_AT_RISK : HELD;
    ctx.fillRect(x, y + h - soldH - heldH, w, heldH);
  }
}

/** The loads of one placement row on one day, the preview's when the drag touches it. */
function placementCell(scene: HeatScene, indexRow: number, day: number, out: Cell): Cell {
  const preview = scene.preview?.get(indexRow);
  const i = day - (preview?.from ?? 0);
  if (preview && i >= 0 && i < preview.capacity.length) {
    out.capacity = preview.capacity[i] ?? 0;
    out.confirmed = preview.confirmed[i] ?? 0;
    out.held = preview.held[i] ?? 0;
    return out;
  }
  const at = indexRow * scene.index.days + day;
  out.capacity = scene.index.capacity[at] ?? 0;
  out.confirmed = scene.index.confirmed[at] ?? 0;
  out.held = scene.index.held[at] ?? 0;
  return out;
}

function groupCell(scene: HeatScene, indexRows: readonly number[], day: number, out: Cell): Cell {
  const { index } = scene;
  let capacity = 0;
  let confirmed = 0;
  let held = 0;
  for (const row of indexRows) {
    const at = row * index.days + day;
    capacity += index.capacity[at] ?? 0;
    confirmed += index.confirmed[at] ?? 0;
    held += index.held[at] ?? 0;
  }
  out.capacity = capacity;
  out.confirmed = confirmed;
  out.held = held;
  return out;
}

/** The visible days and rows of a scene (indexes, inclusive). */
interface Visible {
  firstDay: number;
  lastDay: number;
  firstRow: number;
  lastRow: number;
}

export function paintHeat(ctx: CanvasRenderingContext2D, scene: HeatScene): void {
  const { geometry, index, rows, width, height } = scene;
  const { layout } = geometry;
  ctx.fillStyle = SURFACE;
  ctx.fillRect(0, 0, width, height);
  if (rows.length === 0 || index.days === 0) return;
  const visible: Visible = {
    firstDay: Math.max(0, geometry.dayIndexAtX(layout.rowHeaderWidth)),
    lastDay: Math.min(index.days - 1, geometry.dayIndexAtX(width)),
    firstRow: geometry.rowAtY(layout.headerHeight),
    lastRow: geometry.rowAtY(height),
  };
  paintDaysOff(ctx, scene, visible);
  const cell: Cell = { capacity: 0, confirmed: 0, held: 0 };
  for (let r = visible.firstRow; r <= visible.lastRow; r++) paintRow(ctx, scene, visible, r, cell);
  paintPreviewOutline(ctx, scene, visible.firstRow, visible.lastRow);
  paintToday(ctx, scene, visible);
}

/** Weekends and holidays: whole columns, under everything else. */
function paintDaysOff(ctx: CanvasRenderingContext2D, scene: HeatScene, visible: Visible): void {
  const { geometry, index, height } = scene;
  const w = geometry.layout.dayWidth;
  if (w < 3) return;
  for (let day = visible.firstDay; day <= visible.lastDay; day++) {
    const dayNumber = index.startDayNumber + day;
    const holiday = scene.holidays.has(dayNumber);
    if (!holiday && weekdayOfDayNumber(dayNumber) < 5) continue;
    ctx.fillStyle = holiday ? HOLIDAY : WEEKEND;
    ctx.fillRect(geometry.xOfDay(day), 0, w, height);
  }
}

/** One row's cells (a group row's summed over its placements), or a loading band. */
function paintRow(ctx: CanvasRenderingContext2D, scene: HeatScene, visible: Visible, r: number, cell: Cell) {
  const row = scene.rows[r];
  if (!row) return;
  const { geometry, width } = scene;
  const { layout } = geometry;
  const y = geometry.yOfRow(r);
  const h = layout.rowHeight;
  if (row.kind !== 'placement') {
    ctx.fillStyle = GROUP_BG;
    ctx.fillRect(layout.rowHeaderWidth, y, width, h);
  }
  const pad = row.kind === 'placement' ? 1 : Math.round(h * 0.3);
  if (isRowRead(row, scene.readRows)) {
    for (let day = visible.firstDay; day <= visible.lastDay; day++) {
      const loads =
        row.kind === 'placement'
          ? placementCell(scene, row.indexRow, day, cell)
          : groupCell(scene, row.placementRows, day, cell);
      paintCell(ctx, geometry.xOfDay(day), y + pad, layout.dayWidth, h - 2 * pad, loads);
    }
  } else {
    ctx.fillStyle = LOADING;
    ctx.fillRect(layout.rowHeaderWidth, y + pad, width, h - 2 * pad);
  }
  ctx.fillStyle = ROW_LINE;
  ctx.fillRect(layout.rowHeaderWidth, y + h - 1, width, 1);
}

function paintToday(ctx: CanvasRenderingContext2D, scene: HeatScene, visible: Visible): void {
  const { geometry, index, height } = scene;
  const todayIndex = index.dayIndexOf(index.today);
  if (todayIndex < visible.firstDay || todayIndex > visible.lastDay) return;
  const { dayWidth, headerHeight } = geometry.layout;
  ctx.fillStyle = TODAY;
  ctx.fillRect(Math.round(geometry.xOfDay(todayIndex) + dayWidth / 2) - 1, headerHeight, 2, height);
}

/** Frames the cells a drag would land on, so the previewed occupancy is easy to find. */
function paintPreviewOutline(
  ctx: CanvasRenderingContext2D,
  scene: HeatScene,
  firstRow: number,
  lastRow: number,
): void {
  if (!scene.preview) return;
  const { geometry } = scene;
  ctx.strokeStyle = PREVIEW_OUTLINE;
  ctx.lineWidth = 1;
  for (let r = firstRow; r <= lastRow; r++) {
    const row = scene.rows[r];
    if (row?.kind !== 'placement') continue;
    const preview = scene.preview.get(row.indexRow);
    if (!preview) continue;
    const x = geometry.xOfDay(preview.from);
    ctx.strokeRect(
      x + 0.5,
      geometry.yOfRow(r) + 0.5,
      preview.capacity.length * geometry.layout.dayWidth - 1,
      geometry.layout.rowHeight - 2,
    );
  }
}
