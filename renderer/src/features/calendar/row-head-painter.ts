/**
 * Paints the row headers of the visible rows on the grid's header canvas: sites and sections with
 * their fold arrow, name and placement count on a grey band, placements with their name and
 * formats. The DOM keeps the same rows for assistive technology (GridRow.tsx), unpainted: a row
 * scrolling in then costs a few text draws, not the style, layout and paint of new elements every
 * frame (docs/performance.md).
 *
 * The pointer finds the row under it with `rowHeadAt` (a group row's whole header folds it, as in a
 * tree).
 */
import type { Placement } from '@shared/domain/model.ts';
import type { GridGeometry } from './geometry.ts';
import { BORDER, GROUP_BG, MUTED, ROW_LINE, SURFACE, TEXT } from './grid-colours.ts';
import { LabelFitter } from './label-fitter.ts';
import type { CalendarRow } from './rows.ts';

export interface RowHeadScene {
  rows: readonly CalendarRow[];
  geometry: GridGeometry;
  /** Canvas height in CSS px. */
  height: number;
  /** "12 placements", in the user's language. */
  countLabel: (count: number) => string;
  /** A placement's formats as the user reads them: "Leaderboard 728×90 · Medium rectangle 300×250". */
  formatsLabel: (placement: Placement) => string;
}

/** One fitter per font the headers are drawn in (each measures in its own font). */
export interface RowHeadFonts {
  name: LabelFitter;
  group: LabelFitter;
  detail: LabelFitter;
  count: LabelFitter;
}

/** Left padding of each kind of row, and the right padding of all. */
const PAD_LEFT = { site: 6, section: 16, placement: 28 } as const;
const PAD_RIGHT = 10;
const TOGGLE_WIDTH = 20;
const GAP = 6;
/** A placement's two lines (13 px and 10 px text, 1 px apart), centred in the row. */
const NAME_LINE = 16;
const DETAIL_LINE = 12;
const LINE_GAP = 1;

/** The CSS fonts of the header text, in the grid's font family. */
export function rowHeadFonts(family: string): RowHeadFonts {
  return {
    name: new LabelFitter(`13px ${family}`),
    group: new LabelFitter(`600 13px ${family}`),
    detail: new LabelFitter(`10px ${family}`),
    count: new LabelFitter(`11px ${family}`),
  };
}

/** Paints the headers of the rows in view over the canvas's `layout.rowHeaderWidth` px. */
export function paintRowHeads(ctx: CanvasRenderingContext2D, scene: RowHeadScene, fonts: RowHeadFonts): void {
  const { geometry, rows, height } = scene;
  const { rowHeaderWidth: width, headerHeight } = geometry.layout;
  ctx.fillStyle = SURFACE;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';
  if (rows.length > 0) {
    const last = geometry.rowAtY(height);
    for (let r = geometry.rowAtY(headerHeight); r <= last; r++) {
      const row = rows[r];
      if (row) paintRowHead(ctx, scene, fonts, row, geometry.yOfRow(r));
    }
  }
  ctx.fillStyle = BORDER;
  ctx.fillRect(width - 1, 0, 1, height);
}

function paintRowHead(
  ctx: CanvasRenderingContext2D,
  scene: RowHeadScene,
  fonts: RowHeadFonts,
  row: CalendarRow,
  y: number,
): void {
  const { rowHeaderWidth: width, rowHeight: h } = scene.geometry.layout;
  if (row.kind === 'placement') {
    const x = PAD_LEFT.placement;
    const top = y + (h - NAME_LINE - LINE_GAP - DETAIL_LINE) / 2;
    text(ctx, fonts.name, row.placement.name, x, top + NAME_LINE / 2, width - PAD_RIGHT - x, TEXT);
    const detailY = top + NAME_LINE + LINE_GAP + DETAIL_LINE / 2;
    text(ctx, fonts.detail, scene.formatsLabel(row.placement), x, detailY, width - PAD_RIGHT - x, MUTED);
  } else {
    ctx.fillStyle = GROUP_BG;
    ctx.fillRect(0, y, width, h);
    const middle = y + h / 2;
    const toggleX = PAD_LEFT[row.kind];
    ctx.font = fonts.name.font;
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'center';
    ctx.fillText(row.collapsed ? '▸' : '▾', toggleX + TOGGLE_WIDTH / 2, middle);
    ctx.textAlign = 'left';
    const nameX = toggleX + TOGGLE_WIDTH + GAP;
    // The count keeps its room (as flex-shrink: 0 would); the name is cut before it.
    const count = fitted(ctx, fonts.count, scene.countLabel(row.placementRows.length), width - nameX);
    const countX = width - PAD_RIGHT - (count?.width ?? 0);
    if (count) draw(ctx, count.text, countX, middle, MUTED);
    text(ctx, fonts.group, row.label, nameX, middle, countX - (count ? GAP : 0) - nameX, TEXT);
  }
  ctx.fillStyle = ROW_LINE;
  ctx.fillRect(0, y + h - 1, width, 1);
}

/** `value` in the fitter's font, cut with an ellipsis to `maxWidth`; the context keeps that font. */
function fitted(ctx: CanvasRenderingContext2D, fitter: LabelFitter, value: string, maxWidth: number) {
  ctx.font = fitter.font;
  return fitter.fit(ctx, value, maxWidth);
}

function draw(ctx: CanvasRenderingContext2D, value: string, x: number, y: number, colour: string): void {
  ctx.fillStyle = colour;
  ctx.fillText(value, x, y);
}

/** `value` fitted to `maxWidth` in the fitter's font, at (x, middle line y). */
function text(
  ctx: CanvasRenderingContext2D,
  fitter: LabelFitter,
  value: string,
  x: number,
  y: number,
  maxWidth: number,
  colour: string,
): void {
  const label = fitted(ctx, fitter, value, maxWidth);
  if (label) draw(ctx, label.text, x, y, colour);
}

/** The row whose header is under viewport point (x, y), or null (over the cells, the time scale, below the rows). */
export function rowHeadAt(
  rows: readonly CalendarRow[],
  geometry: GridGeometry,
  x: number,
  y: number,
): CalendarRow | null {
  const { rowHeaderWidth, headerHeight } = geometry.layout;
  if (x < 0 || x >= rowHeaderWidth || y < headerHeight || y >= geometry.yOfRow(rows.length)) return null;
  return rows[geometry.rowAtY(y)] ?? null;
}
