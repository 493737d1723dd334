/**
 * One scheduling gesture in progress (move, resize, create), whether the pointer or the keyboard
 * drives it. It turns deltas into proposed changes, judges them with `checkDrop`, previews the
 * resulting occupancy on the heat canvas and moves ghost bars with CSS transforms — all outside
 * React, so a drag never re-renders the grid. Committing is the caller's business.
 */
import { maxDay, minDay, toDayNumber } from '@shared/domain/days.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import type { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { checkDrop, previewRow, type DropVerdict, type ProposedChange } from './drop-check.ts';
import { isNoChange, proposeMove, proposeResize, type PlacementOrder } from './drag-proposal.ts';
import type { GridLayout, ResizeEdge } from './geometry.ts';
import type { RowPreview } from './heat-painter.ts';
import type { CalendarRow } from './rows.ts';

/** What the grid knows that a gesture needs: the latest data, as plain lookups. */
export interface GridModel {
  rows: readonly CalendarRow[];
  order: PlacementOrder;
  index: OccupancyIndex;
  bookingById: ReadonlyMap<string, Booking>;
  placementById: ReadonlyMap<string, Placement>;
  /** Every booking in the store, by placement (filters do not hide capacity). */
  bookingsByPlacement: ReadonlyMap<string, readonly Booking[]>;
  today: IsoDay;
  /**
   * During the first view (see first-view.ts), the index rows whose bookings are read: the grid is
   * read-only and the other rows are drawn as loading. Null once every booking is in.
   */
  readRows: ReadonlySet<number> | null;
}

export type GestureSpec =
  | { kind: 'move'; bookings: readonly Booking[] }
  | { kind: 'resize'; booking: Booking; edge: ResizeEdge }
  | { kind: 'create'; placementId: string; day: number };

export interface GestureContext {
  model: GridModel;
  layout: GridLayout;
  ghostLayer: HTMLElement;
  setPreview: (preview: ReadonlyMap<number, RowPreview> | null) => void;
  /** Called when the proposal changes (a new cell, not every frame). */
  onChange: (gesture: GridGesture) => void;
  ghostLabel: (booking: Booking) => string;
}

const GHOST_INSET = 3;

export class GridGesture {
  changes: ProposedChange[] = [];
  verdict: DropVerdict = { outcome: 'ok', problems: [] };
  private dayDelta = 0;
  private ordinalDelta = 0;
  private createEnd: number;
  private readonly ghosts = new Map<string, HTMLElement>();

  constructor(
    private readonly ctx: GestureContext,
    readonly spec: GestureSpec,
  ) {
    this.createEnd = spec.kind === 'create' ? spec.day : 0;
    this.propose();
  }

  /** The booking for a creation gesture's current span (days and placement), else null. */
  get createSpan(): { placementId: string; startDate: IsoDay; endDate: IsoDay } | null {
    if (this.spec.kind !== 'create') return null;
    const { index } = this.ctx.model;
    const a = index.dayAt(this.spec.day);
    const b = index.dayAt(this.createEnd);
    return { placementId: this.spec.placementId, startDate: minDay(a, b), endDate: maxDay(a, b) };
  }

  get isNoChange(): boolean {
    return this.spec.kind !== 'create' && isNoChange(this.changes);
  }

  /** Move: days and placement rows from the origin. Resize: days for the edge. */
  setDelta(dayDelta: number, ordinalDelta = 0): void {
    if (dayDelta === this.dayDelta && ordinalDelta === this.ordinalDelta) return;
    this.dayDelta = dayDelta;
    this.ordinalDelta = ordinalDelta;
    this.propose();
  }

  /** Adds to the current deltas (keyboard: one day or row per key press). */
  nudge(dayDelta: number, ordinalDelta = 0): void {
    this.setDelta(this.dayDelta + dayDelta, this.ordinalDelta + ordinalDelta);
  }

  /** Create: the day under the pointer, the other end of the span. */
  setCreateEnd(day: number): void {
    const clamped = Math.max(0, Math.min(this.ctx.model.index.days - 1, day));
    if (clamped === this.createEnd) return;
    this.createEnd = clamped;
    this.propose();
  }

  /** Removes the ghosts and the preview. */
  destroy(): void {
    for (const ghost of this.ghosts.values()) ghost.remove();
    this.ghosts.clear();
    this.ctx.setPreview(null);
  }

  private propose(): void {
    const { model } = this.ctx;
    const spec = this.spec;
    if (spec.kind === 'move') {
      this.changes = proposeMove(spec.bookings, model.order, this.dayDelta, this.ordinalDelta);
      this.ordinalDelta = this.changes.length > 0 ? this.appliedOrdinalDelta() : 0;
    } else if (spec.kind === 'resize') {
      this.changes = [proposeResize(spec.booking, spec.edge, this.dayDelta)];
    } else {
      this.changes = [];
    }
    this.verdict = checkDrop(this.changes, model.placementById, model.bookingsByPlacement, model.today);
    this.ctx.setPreview(this.preview());
    this.drawGhosts();
    this.ctx.onChange(this);
  }

  /** The row delta actually applied (the proposal clamps it at the first and last placement). */
  private appliedOrdinalDelta(): number {
    const first = this.changes[0];
    if (!first?.before) return 0;
    const { ordinalOf } = this.ctx.model.order;
    return (ordinalOf.get(first.after.placementId) ?? 0) - (ordinalOf.get(first.before.placementId) ?? 0);
  }

  private preview(): Map<number, RowPreview> | null {
    if (this.changes.length === 0 || isNoChange(this.changes)) return null;
    const { index } = this.ctx.model;
    const spans = new Map<number, { from: number; to: number }>();
    const include = (booking: Booking | null) => {
      if (!booking) return;
      const row = index.rowOf(booking.placementId);
      if (row === undefined) return;
      const from = Math.max(0, index.dayIndexOf(booking.startDate));
      const to = Math.min(index.days - 1, index.dayIndexOf(booking.endDate));
      if (from > to) return;
      const span = spans.get(row);
      spans.set(row, span ? { from: Math.min(span.from, from), to: Math.max(span.to, to) } : { from, to });
    };
    for (const change of this.changes) {
      include(change.before);
      include(change.after);
    }
    const preview = new Map<number, RowPreview>();
    for (const [row, span] of spans)
      preview.set(row, previewRow(index, this.changes, row, span.from, span.to));
    return preview;
  }

  private drawGhosts(): void {
    const targets: [string, Booking, string][] =
      this.spec.kind === 'create'
        ? this.createGhost()
        : this.changes.map((c) => [c.after.id, c.after, this.ctx.ghostLabel(c.after)]);
    for (const [key, booking, label] of targets) this.place(this.ghost(key, label), booking);
    const outcome = this.verdict.outcome;
    for (const ghost of this.ghosts.values()) ghost.dataset.outcome = outcome;
  }

  private createGhost(): [string, Booking, string][] {
    const span = this.createSpan;
    if (!span) return [];
    return [['new', { ...span, id: 'new' } as Booking, '']];
  }

  private ghost(key: string, label: string): HTMLElement {
    let ghost = this.ghosts.get(key);
    if (!ghost) {
      ghost = document.createElement('div');
      ghost.className = 'cal-ghost';
      ghost.textContent = label;
      ghost.setAttribute('aria-hidden', 'true');
      this.ctx.ghostLayer.append(ghost);
      this.ghosts.set(key, ghost);
    }
    return ghost;
  }

  private place(ghost: HTMLElement, booking: Pick<Booking, 'placementId' | 'startDate' | 'endDate'>): void {
    const { layout, model } = this.ctx;
    const ordinal = model.order.ordinalOf.get(booking.placementId) ?? 0;
    const displayRow = model.order.displayRows[ordinal] ?? 0;
    const start = model.index.dayIndexOf(booking.startDate);
    const days = toDayNumber(booking.endDate) - toDayNumber(booking.startDate) + 1;
    const x = layout.rowHeaderWidth + start * layout.dayWidth;
    const y = layout.headerHeight + displayRow * layout.rowHeight + GHOST_INSET;
    ghost.style.transform = `translate(${x}px, ${y}px)`;
    const width = `${Math.max(1, days) * layout.dayWidth}px`;
    if (ghost.style.width !== width) ghost.style.width = width;
    ghost.style.height = `${layout.rowHeight - 2 * GHOST_INSET}px`;
  }
}
