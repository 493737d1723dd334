/**
 * Paints the booking bars of the visible rows on the heat canvas, over the heat: each booking in
 * its lane, coloured by advertiser or by status, options hatched, cancelled and expired ones faded
 * and struck through, the selection outlined, labelled with campaign and advertiser when there is
 * room. It records what it painted (`PaintedBar`) and the pointer hit-tests that record (`barAt`):
 * what can be grabbed is exactly what is drawn.
 *
 * A canvas rather than a DOM node per bar: scrolling then costs a few hundred rectangles a frame,
 * not the style, layout, paint and layers of a few hundred positioned elements entering and
 * leaving (docs/performance.md).
 */
import type { Advertiser, Booking, BookingStatus, Campaign } from '@shared/domain/model.ts';
import type { BarColouring } from './calendar-store.ts';
import { barEdgeAt, type GridGeometry, type Rect, type ResizeEdge } from './geometry.ts';
import { TEXT } from './grid-colours.ts';
import type { LabelFitter } from './label-fitter.ts';
import type { CalendarRow } from './rows.ts';

export interface BarLookup {
  campaignById: ReadonlyMap<string, Campaign>;
  advertiserById: ReadonlyMap<string, Advertiser>;
}

export interface RowBars {
  /** The placement's bookings shown on the calendar, by start day. */
  bookings: readonly Booking[];
  lanes: ReadonlyMap<string, number>;
  laneCount: number;
}

/** A bar as painted, in the grid's viewport coordinates (CSS px). */
export interface PaintedBar extends Rect {
  id: string;
  status: BookingStatus;
  selected: boolean;
  /** The colour of its one-pixel border, as painted (before fading). */
  edge: string;
}

export interface BarScene {
  rows: readonly CalendarRow[];
  geometry: GridGeometry;
  /** Canvas size in CSS px. */
  width: number;
  height: number;
  barsFor: (placementId: string) => RowBars | undefined;
  lookup: BarLookup;
  selection: ReadonlySet<string>;
  colourBy: BarColouring;
}

interface BarColours {
  fill: string;
  edge: string;
  /** The hatch's coloured stripes, for options. */
  soft: string;
}

/** Per advertiser: ten hues apart enough to tell neighbours apart. */
const PALETTE: readonly BarColours[] = [
  { fill: '#2f6fde', edge: '#1f4fa8', soft: '#cddcf7' },
  { fill: '#1f9d74', edge: '#137052', soft: '#c6eadd' },
  { fill: '#d9822b', edge: '#9c5a15', soft: '#f6dcc0' },
  { fill: '#8e5bd8', edge: '#6335a8', soft: '#e2d4f6' },
  { fill: '#d0466f', edge: '#9a2a4c', soft: '#f4cdd9' },
  { fill: '#1b8fb0', edge: '#0f6680', soft: '#c4e6f0' },
  { fill: '#6f8a1f', edge: '#4d6210', soft: '#dde7c2' },
  { fill: '#b5612f', edge: '#7f3f18', soft: '#efd6c6' },
  { fill: '#4a5bbf', edge: '#303d8a', soft: '#d2d7f2' },
  { fill: '#5d6677', edge: '#3d4452', soft: '#dadde3' },
];
/** Per status: sold in blue, options in violet (still hatched), the rest grey. */
const BY_STATUS: Record<BookingStatus, BarColours> = {
  confirmed: { fill: '#2f6fde', edge: '#1f4fa8', soft: '#cddcf7' },
  option: { fill: '#7a4fc9', edge: '#6335a8', soft: '#e2d4f6' },
  cancelled: { fill: '#8a93a3', edge: '#5d6677', soft: '#dadde3' },
  expired: { fill: '#8a93a3', edge: '#5d6677', soft: '#dadde3' },
};
const LABEL_ON_FILL = '#ffffff';
const SELECTED_OUTLINE = TEXT;
const FADED_ALPHA = 0.45;
/** Narrower bars are widened to this, so a day at month zoom can still be seen and grabbed. */
const MIN_BAR_WIDTH = 3;
const LABEL_MIN_HEIGHT = 13;
const LABEL_MIN_WIDTH = 40;
/** Clear of the resize handles. */
const LABEL_PAD = 8;
const HATCH_TILE = 12;
const HATCH_STRIPE = 7;

/** A stable colour slot per advertiser. */
export function colourSlot(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % PALETTE.length;
}

function coloursOf(booking: Booking, lookup: BarLookup, colourBy: BarColouring): BarColours {
  if (colourBy === 'status') return BY_STATUS[booking.status];
  const advertiserId = lookup.campaignById.get(booking.campaignId)?.advertiserId;
  return PALETTE[colourSlot(advertiserId ?? booking.campaignId)] ?? BY_STATUS.confirmed;
}

function labelOf(booking: Booking, lookup: BarLookup): string {
  const campaign = lookup.campaignById.get(booking.campaignId);
  const advertiser = campaign ? lookup.advertiserById.get(campaign.advertiserId) : undefined;
  return `${campaign?.name ?? '?'}${advertiser ? ` · ${advertiser.name}` : ''}`;
}

/**
 * Options' diagonal stripes: one pattern per colour, kept for the canvas's life, moved with the
 * scroll so the stripes stay on their bars instead of swimming under them.
 */
export class HatchPatterns {
  private readonly patterns = new Map<string, CanvasPattern>();
  private anchor: DOMMatrix | null = null;

  /** `tileOf`: draws a pattern's tile (the page's canvas, unless a test gives its own). */
  constructor(private readonly tileOf: (soft: string) => CanvasImageSource | null = hatchTile) {}

  /** The hatch in `soft`, or the plain colour where patterns cannot be made. */
  get(ctx: CanvasRenderingContext2D, soft: string): CanvasPattern | string {
    let pattern = this.patterns.get(soft);
    if (!pattern) {
      const tile = this.tileOf(soft);
      pattern = (tile && ctx.createPattern(tile, 'repeat')) ?? undefined;
      if (!pattern) return soft;
      if (this.anchor) pattern.setTransform(this.anchor);
      this.patterns.set(soft, pattern);
    }
    return pattern;
  }

  /** Anchors every pattern to the content, not the viewport. */
  follow(scrollLeft: number, scrollTop: number): void {
    if (typeof DOMMatrix === 'undefined') return;
    this.anchor = new DOMMatrix([1, 0, 0, 1, -scrollLeft, -scrollTop]);
    for (const pattern of this.patterns.values()) pattern.setTransform(this.anchor);
  }
}

function hatchTile(soft: string): HTMLCanvasElement | null {
  if (typeof document === 'undefined') return null;
  const tile = document.createElement('canvas');
  tile.width = HATCH_TILE;
  tile.height = HATCH_TILE;
  const ctx = tile.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, HATCH_TILE, HATCH_TILE);
  ctx.fillStyle = soft;
  // Stripes rising to the right: the pixels whose x + y falls in the first part of each period.
  for (let y = 0; y < HATCH_TILE; y++)
    for (let x = 0; x < HATCH_TILE; x++) if ((x + y) % HATCH_TILE < HATCH_STRIPE) ctx.fillRect(x, y, 1, 1);
  return tile;
}

export interface BarPainterTools {
  labels: LabelFitter;
  hatches: HatchPatterns;
}

/** Paints the bars of the rows in view; returns what it painted, in paint order. */
export function paintBars(
  ctx: CanvasRenderingContext2D,
  scene: BarScene,
  tools: BarPainterTools,
): PaintedBar[] {
  const { geometry, rows, width, height } = scene;
  const painted: PaintedBar[] = [];
  if (rows.length === 0) return painted;
  const { layout } = geometry;
  tools.hatches.follow(geometry.scroll.scrollLeft, geometry.scroll.scrollTop);
  ctx.font = tools.labels.font;
  ctx.textBaseline = 'middle';
  const firstRow = geometry.rowAtY(layout.headerHeight);
  const lastRow = geometry.rowAtY(height);
  for (let r = firstRow; r <= lastRow; r++) {
    const row = rows[r];
    const bars = row?.kind === 'placement' ? scene.barsFor(row.placement.id) : undefined;
    if (!bars) continue;
    for (const booking of bars.bookings) {
      const rect = geometry.barRect(booking, r, bars.lanes.get(booking.id) ?? 0, bars.laneCount);
      if (!rect || rect.x > width || rect.x + rect.width < layout.rowHeaderWidth) continue;
      const colours = coloursOf(booking, scene.lookup, scene.colourBy);
      const bar = snapped(rect, booking, colours, scene.selection);
      paintBar(ctx, bar, booking, colours, scene, tools);
      painted.push(bar);
    }
  }
  for (const bar of painted) if (bar.selected) outline(ctx, bar);
  ctx.globalAlpha = 1;
  return painted;
}

/** On whole pixels, so edges are crisp and the recorded rectangle is the painted one. */
function snapped(
  rect: Rect,
  booking: Booking,
  colours: BarColours,
  selection: ReadonlySet<string>,
): PaintedBar {
  const x = Math.round(rect.x);
  const y = Math.round(rect.y);
  return {
    id: booking.id,
    x,
    y,
    width: Math.max(MIN_BAR_WIDTH, Math.round(rect.x + rect.width) - x),
    height: Math.max(1, Math.round(rect.y + rect.height) - y),
    status: booking.status,
    selected: selection.has(booking.id),
    edge: colours.edge,
  };
}

function paintBar(
  ctx: CanvasRenderingContext2D,
  bar: PaintedBar,
  booking: Booking,
  colours: BarColours,
  scene: BarScene,
  tools: BarPainterTools,
): void {
  const faded = booking.status === 'cancelled' || booking.status === 'expired';
  const option = booking.status === 'option';
  ctx.globalAlpha = faded ? FADED_ALPHA : 1;
  const { x, y, width: w, height: h } = bar;
  ctx.fillStyle = colours.edge;
  ctx.fillRect(x, y, w, h);
  if (w > 2 && h > 2) {
    ctx.fillStyle = option ? tools.hatches.get(ctx, colours.soft) : colours.fill;
    ctx.fillRect(x + 1, y + 1, w - 2, h - 2);
  }
  if (h < LABEL_MIN_HEIGHT || w < LABEL_MIN_WIDTH) return;
  const label = tools.labels.fit(ctx, labelOf(booking, scene.lookup), w - 2 * LABEL_PAD);
  if (!label) return;
  const textColour = option ? colours.edge : LABEL_ON_FILL;
  ctx.fillStyle = textColour;
  ctx.fillText(label.text, x + LABEL_PAD, y + h / 2);
  if (faded) ctx.fillRect(x + LABEL_PAD, Math.round(y + h / 2), label.width, 1);
}

/** Two pixels around the bar, one pixel clear of it. */
function outline(ctx: CanvasRenderingContext2D, bar: PaintedBar): void {
  const { x, y, width: w, height: h } = bar;
  ctx.globalAlpha = 1;
  ctx.fillStyle = SELECTED_OUTLINE;
  ctx.fillRect(x - 3, y - 3, w + 6, 2);
  ctx.fillRect(x - 3, y + h + 1, w + 6, 2);
  ctx.fillRect(x - 3, y - 1, 2, h + 2);
  ctx.fillRect(x + w + 1, y - 1, 2, h + 2);
}

export interface BarHit {
  id: string;
  /** The resize handle under the point, or null in the bar's middle. */
  edge: ResizeEdge | null;
}

/** The painted bar under viewport point (x, y), with the handle there; null over no bar. */
export function barAt(painted: readonly PaintedBar[], x: number, y: number): BarHit | null {
  for (const bar of painted) {
    if (x < bar.x || x >= bar.x + bar.width || y < bar.y || y >= bar.y + bar.height) continue;
    return { id: bar.id, edge: barEdgeAt(x - bar.x, bar.width) };
  }
  return null;
}
